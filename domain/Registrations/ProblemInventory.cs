using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// The problem-and-solution inventory part (docs/method.md §8): a list of 7-10 concrete
/// stressors, each marked A (act now), B (later) or C (cannot be influenced), then worked out.
/// The bot never comments on the content (the method follows it "op procesniveau"). Changed only
/// through the assignment.
/// </summary>
public sealed class ProblemInventory
{
    [JsonConstructor]
    internal ProblemInventory()
    {
    }

    /// <summary>The stressors in the order the client added them.</summary>
    [JsonInclude]
    public ImmutableList<Stressor> Stressors { get; private set; } = ImmutableList<Stressor>.Empty;

    /// <summary>The highest id handed out, so ids are never reused.</summary>
    [JsonInclude]
    public int LastStressorId { get; private set; }

    public Stressor? Find(int id) => Stressors.Find(stressor => stressor.Id == id);

    /// <summary>Counts and the next suggested step.</summary>
    public InventoryProgress Progress()
    {
        var marked = Stressors.Count(stressor => stressor.Category is not null);
        var withPlan = Stressors.Count(stressor => stressor.Plan is not null);
        if (Stressors.Count < RegistrationLimits.MinStressors)
        {
            return new(Stressors.Count, marked, withPlan, InventoryStep.ListStressors, null);
        }

        if (Stressors.Find(stressor => stressor.Category is null) is { } unmarked)
        {
            return new(Stressors.Count, marked, withPlan, InventoryStep.MarkStressors, unmarked.Id);
        }

        foreach (var (category, step) in new[]
        {
            (StressorCategory.ActNow, InventoryStep.WorkOutActNow),
            (StressorCategory.Later, InventoryStep.WorkOutLater),
            (StressorCategory.CannotInfluence, InventoryStep.WorkOutCannotInfluence),
        })
        {
            if (Stressors.Find(stressor => stressor.Category == category && stressor.Plan is null) is { } open)
            {
                return new(Stressors.Count, marked, withPlan, step, open.Id);
            }
        }

        return new(Stressors.Count, marked, withPlan, InventoryStep.Done, null);
    }

    /// <summary>Valid when the list may be completed: 7-10 stressors, each marked.</summary>
    public RegistrationCheck CheckComplete()
    {
        if (Stressors.Count < RegistrationLimits.MinStressors)
        {
            return RegistrationCheck.Because(RegistrationProblem.TooFewStressors, RegistrationLimits.MinStressors);
        }

        if (Stressors.Count > RegistrationLimits.MaxStressors)
        {
            return RegistrationCheck.Because(RegistrationProblem.TooManyStressors, RegistrationLimits.MaxStressors);
        }

        return Stressors.Exists(stressor => stressor.Category is null)
            ? RegistrationCheck.Because(RegistrationProblem.NotAllMarked)
            : RegistrationCheck.Valid;
    }

    internal RegistrationCheck Add(string? text)
    {
        if (CheckText(text, out var cleaned) is { IsValid: false } problem)
        {
            return problem;
        }

        if (Stressors.Count >= RegistrationLimits.MaxStressors)
        {
            return RegistrationCheck.Because(RegistrationProblem.TooManyStressors, RegistrationLimits.MaxStressors);
        }

        LastStressorId++;
        Stressors = Stressors.Add(new Stressor(LastStressorId, cleaned, null, null));
        return RegistrationCheck.Valid;
    }

    internal RegistrationCheck Edit(int id, string? text)
    {
        if (CheckText(text, out var cleaned) is { IsValid: false } problem)
        {
            return problem;
        }

        return Change(id, stressor => stressor with { Text = cleaned });
    }

    internal RegistrationCheck Remove(int id)
    {
        if (Find(id) is not { } stressor)
        {
            return RegistrationCheck.Because(RegistrationProblem.UnknownStressor);
        }

        Stressors = Stressors.Remove(stressor);
        return RegistrationCheck.Valid;
    }

    /// <summary>Marks a stressor; a plan written for another mark is kept (the client may have re-marked on purpose).</summary>
    internal RegistrationCheck Mark(int id, StressorCategory category)
    {
        if (!Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "Not a stressor category.");
        }

        return Change(id, stressor => stressor with { Category = category });
    }

    internal RegistrationCheck SetPlan(int id, string? plan)
    {
        if (Find(id) is not { } stressor)
        {
            return RegistrationCheck.Because(RegistrationProblem.UnknownStressor);
        }

        if (stressor.Category is null)
        {
            return RegistrationCheck.Because(RegistrationProblem.StressorNotMarked);
        }

        var cleaned = RegistrationRules.Clean(plan);
        if (cleaned?.Length > RegistrationLimits.StressorPlanMaxLength)
        {
            return RegistrationCheck.Because(RegistrationProblem.PlanTooLong, RegistrationLimits.StressorPlanMaxLength);
        }

        return Change(id, old => old with { Plan = cleaned });
    }

    private static RegistrationCheck CheckText(string? text, out string cleaned)
    {
        cleaned = RegistrationRules.Clean(text) ?? string.Empty;
        if (cleaned.Length == 0)
        {
            return RegistrationCheck.Because(RegistrationProblem.StressorEmpty);
        }

        return cleaned.Length > RegistrationLimits.StressorMaxLength
            ? RegistrationCheck.Because(RegistrationProblem.StressorTooLong, RegistrationLimits.StressorMaxLength)
            : RegistrationCheck.Valid;
    }

    private RegistrationCheck Change(int id, Func<Stressor, Stressor> change)
    {
        if (Find(id) is not { } stressor)
        {
            return RegistrationCheck.Because(RegistrationProblem.UnknownStressor);
        }

        Stressors = Stressors.Replace(stressor, change(stressor));
        return RegistrationCheck.Valid;
    }
}
