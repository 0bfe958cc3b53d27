using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// The OMA part of an assignment: the complaint or behaviour in the client's words and the answers
/// per date and slot. Changed only through <see cref="RegistrationAssignment.RecordOma"/>, which also
/// checks the assignment's status.
/// </summary>
public sealed class OmaRegistration
{
    [JsonConstructor]
    private OmaRegistration()
    {
    }

    internal OmaRegistration(string complaint) => Complaint = complaint;

    /// <summary>What the client registers, in their own words (e.g. "hoofdpijn").</summary>
    [JsonInclude]
    public string Complaint { get; private set; } = string.Empty;

    /// <summary>At most one answer per date and slot, ordered by date and slot.</summary>
    [JsonInclude]
    public ImmutableList<OmaEntry> Entries { get; private set; } = ImmutableList<OmaEntry>.Empty;

    /// <summary>The answer for a slot, or null when it is not filled in.</summary>
    public OmaEntry? EntryFor(DateOnly date, OmaSlot slot) =>
        Entries.Find(entry => entry.Date == date && entry.Slot == slot);

    /// <summary>Whether at least one slot of this part of the day has an answer.</summary>
    public bool HasAnyAnswer(DateOnly date, DayPart part) => OmaSlots.Of(part).Any(slot => EntryFor(date, slot) is not null);

    /// <summary>Whether both slots of this part of the day have an answer.</summary>
    public bool HasAllAnswers(DateOnly date, DayPart part) => OmaSlots.Of(part).All(slot => EntryFor(date, slot) is not null);

    internal EntryResult Record(RegistrationPeriod period, DateOnly date, OmaSlot slot, bool occurred, OmaTexts? texts, DateTimeOffset answeredAt)
    {
        if (!Enum.IsDefined(slot))
        {
            throw new ArgumentOutOfRangeException(nameof(slot), slot, "Not an OMA slot.");
        }

        var today = Schedule.AmsterdamWallClock.DateOf(answeredAt);
        if (EntryDateRule.Refusal(period, date, today) is { } refusal)
        {
            return EntryResult.Of(refusal);
        }

        var whatHappened = RegistrationRules.Clean(texts?.WhatHappened);
        var thoughtOrFeeling = RegistrationRules.Clean(texts?.ThoughtOrFeeling);
        if (whatHappened?.Length > RegistrationLimits.OmaTextMaxLength || thoughtOrFeeling?.Length > RegistrationLimits.OmaTextMaxLength)
        {
            return new EntryResult(EntryOutcome.TextTooLong, RegistrationLimits.OmaTextMaxLength);
        }

        var late = EntryDateRule.IsLate(date, today);
        var entry = new OmaEntry(date, slot, occurred, whatHappened, thoughtOrFeeling, answeredAt, late);
        Entries = Entries.RemoveAll(old => old.Date == date && old.Slot == slot)
            .Add(entry)
            .Sort((left, right) => (left.Date, left.Slot).CompareTo((right.Date, right.Slot)));
        return EntryResult.Of(late ? EntryOutcome.RecordedLate : EntryOutcome.Recorded);
    }
}
