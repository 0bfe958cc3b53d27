using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Capabilities;

/// <summary>
/// Scores the capability list exactly as the method states it (docs/method.md §2.2, §2.4):
/// <list type="bullet">
/// <item>capability: 4 or 5 on a, b and c;</item>
/// <item>discrepancy: 4 or 5 on a, and 1 or 2 on b or on c; b and c both low is one discrepancy;</item>
/// <item>the two exclude each other; a 3 on b or c gives neither through it; a of 3 or lower gives neither.</item>
/// </list>
/// "Niet van toepassing" on b (clients without work) scores as neither <i>through b</i>: it counts like a 3.
/// So the value cannot be a capability (b is not 4-5), but a low c can still make it a discrepancy
/// (via c): "important, and I do not manage it" is exactly what the professional should ask about,
/// whatever the state of the work. A skipped rating (null) is treated the same way.
/// </summary>
public static class CapabilityScoring
{
    /// <summary>The importance scoring assumes for the eighth value, which the client named themselves.</summary>
    public const int ImportanceOfNamedValue = RatingScale.Max;

    /// <summary>4 or 5.</summary>
    public static bool IsHigh(int? rating) => rating is 4 or 5;

    /// <summary>1 or 2.</summary>
    public static bool IsLow(int? rating) => rating is 1 or 2;

    public static CapabilityScore Score(CapabilityAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!IsHigh(answer.Importance))
        {
            return CapabilityScore.Neither;
        }

        // Not applicable and skipped leave Enablement null: neither high nor low.
        var enablementLow = IsLow(answer.Enablement);
        var realisationLow = IsLow(answer.Realisation);
        if (IsHigh(answer.Enablement) && IsHigh(answer.Realisation))
        {
            return CapabilityScore.Capability;
        }

        if (!enablementLow && !realisationLow)
        {
            return CapabilityScore.Neither;
        }

        var via = (enablementLow, realisationLow) switch
        {
            (true, true) => DiscrepancyVia.Both,
            (true, false) => DiscrepancyVia.Enablement,
            _ => DiscrepancyVia.Realisation,
        };
        return CapabilityScore.Discrepancy(via, isEnergyLeak: enablementLow && IsHigh(answer.Realisation));
    }

    public static CapabilityScore Score(ExtraValueAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Score(answer.AsCapabilityAnswer());
    }

    /// <summary>Scores every value of the list (unanswered ones as neither) and the eighth value if given.</summary>
    public static CapabilityProfile Profile(
        CapabilityList list, IReadOnlyDictionary<string, CapabilityAnswer> answers, ExtraValueAnswer? extraValue)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(answers);
        var values = list.Values
            .Select(value => answers.TryGetValue(value.Id, out var answer)
                ? new ValueScore(value.Id, answer, Score(answer))
                : new ValueScore(value.Id, null, CapabilityScore.Neither))
            .ToList();
        var extra = extraValue is null ? null : new ExtraValueScore(extraValue, Score(extraValue));
        return new CapabilityProfile(values, extra);
    }
}
