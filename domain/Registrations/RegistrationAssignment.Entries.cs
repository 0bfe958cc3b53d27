namespace ReIntegratie.Domain.Registrations;

/// <summary>The client's entries, per type. Each checks the status first: nothing changes once the assignment ended.</summary>
public sealed partial class RegistrationAssignment
{
    /// <summary>
    /// Records whether the complaint or behaviour occurred in a slot, with the optional week-2 texts.
    /// Today and yesterday are accepted (yesterday marked late), within the period; a later answer for
    /// the same slot replaces the earlier one. "Today" is the Amsterdam date of <paramref name="answeredAt"/>.
    /// Accepted while paused; refused (<see cref="EntryOutcome.Ended"/>) once stopped or completed.
    /// </summary>
    public EntryResult RecordOma(DateOnly date, OmaSlot slot, bool occurred, OmaTexts? texts, DateTimeOffset answeredAt)
    {
        var oma = Part(Oma, RegistrationType.OmaRegistration);
        return IsEnded ? EntryResult.Of(EntryOutcome.Ended) : oma.Record(Period, date, slot, occurred, texts, answeredAt);
    }

    /// <summary>
    /// Records whether the worry session of a date took place, with optional notes. Today and
    /// yesterday (late) are accepted; reporting again replaces the earlier report.
    /// </summary>
    public EntryResult RecordWorrySession(DateOnly date, bool tookPlace, string? notes, DateTimeOffset reportedAt)
    {
        var worry = Part(Worry, RegistrationType.WorryTime);
        return IsEnded ? EntryResult.Of(EntryOutcome.Ended) : worry.RecordSession(Period, date, tookPlace, notes, reportedAt);
    }

    /// <summary>Adds today's one extra note outside the session; a second one the same day is refused kindly.</summary>
    public EntryResult AddWorryNote(string? text, DateTimeOffset writtenAt)
    {
        var worry = Part(Worry, RegistrationType.WorryTime);
        return IsEnded ? EntryResult.Of(EntryOutcome.Ended) : worry.AddExtraNote(Period, text, writtenAt);
    }

    /// <summary>Adds a stressor (a concrete situation) to the list; refused past 10.</summary>
    public RegistrationCheck AddStressor(string? text) => ChangeInventory(inventory => inventory.Add(text));

    public RegistrationCheck EditStressor(int id, string? text) => ChangeInventory(inventory => inventory.Edit(id, text));

    public RegistrationCheck RemoveStressor(int id) => ChangeInventory(inventory => inventory.Remove(id));

    /// <summary>Marks a stressor A (act now), B (later) or C (cannot be influenced).</summary>
    public RegistrationCheck MarkStressor(int id, StressorCategory category) => ChangeInventory(inventory => inventory.Mark(id, category));

    /// <summary>Sets (or, with null or blank, clears) the approach, strategy or way to live with it of a marked stressor.</summary>
    public RegistrationCheck SetStressorPlan(int id, string? plan) => ChangeInventory(inventory => inventory.SetPlan(id, plan));

    private RegistrationCheck ChangeInventory(Func<ProblemInventory, RegistrationCheck> change)
    {
        var inventory = Part(Inventory, RegistrationType.ProblemInventory);
        return IsEnded ? RegistrationCheck.Because(RegistrationProblem.Ended) : change(inventory);
    }

    private T Part<T>(T? part, RegistrationType type)
        where T : class =>
        part ?? throw new InvalidOperationException($"Registration assignment '{Id}' is a {Type}, not a {type}.");
}
