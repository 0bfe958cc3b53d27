using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// The worry-assignment (piekeropdracht) part: once a day at a fixed time at most half an hour of
/// deliberate worrying, with notes; outside it one extra note a day at most (docs/method.md §7).
/// The notes are shared with the professional only when the client chose so
/// (<see cref="RegistrationAssignment.IsShared"/>, off by default). Changed only through the assignment.
/// </summary>
public sealed class WorryTime
{
    /// <summary>The agreed maximum length of a session (the method's "maximaal een half uur", docs/method.md §7).</summary>
    public static readonly TimeSpan MaxSessionLength = TimeSpan.FromMinutes(30);

    [JsonConstructor]
    internal WorryTime()
    {
    }

    [JsonInclude]
    public ImmutableList<WorrySession> Sessions { get; private set; } = ImmutableList<WorrySession>.Empty;

    [JsonInclude]
    public ImmutableList<WorryNote> ExtraNotes { get; private set; } = ImmutableList<WorryNote>.Empty;

    /// <summary>The reported session of a date, or null.</summary>
    public WorrySession? SessionOn(DateOnly date) => Sessions.Find(session => session.Date == date);

    /// <summary>The extra note of a date, or null.</summary>
    public WorryNote? ExtraNoteOn(DateOnly date) => ExtraNotes.Find(note => note.Date == date);

    /// <summary>The number of days the session took place.</summary>
    [JsonIgnore]
    public int SessionsTaken => Sessions.Count(session => session.TookPlace);

    internal EntryResult RecordSession(RegistrationPeriod period, DateOnly date, bool tookPlace, string? notes, DateTimeOffset reportedAt)
    {
        var today = Schedule.AmsterdamWallClock.DateOf(reportedAt);
        if (EntryDateRule.Refusal(period, date, today) is { } refusal)
        {
            return EntryResult.Of(refusal);
        }

        var cleaned = RegistrationRules.Clean(notes);
        if (cleaned?.Length > RegistrationLimits.WorryNotesMaxLength)
        {
            return new EntryResult(EntryOutcome.TextTooLong, RegistrationLimits.WorryNotesMaxLength);
        }

        var late = EntryDateRule.IsLate(date, today);
        Sessions = Sessions.RemoveAll(session => session.Date == date)
            .Add(new WorrySession(date, tookPlace, cleaned, reportedAt, late))
            .Sort((left, right) => left.Date.CompareTo(right.Date));
        return EntryResult.Of(late ? EntryOutcome.RecordedLate : EntryOutcome.Recorded);
    }

    internal EntryResult AddExtraNote(RegistrationPeriod period, string? text, DateTimeOffset writtenAt)
    {
        var today = Schedule.AmsterdamWallClock.DateOf(writtenAt);
        if (EntryDateRule.Refusal(period, today, today) is { } refusal)
        {
            return EntryResult.Of(refusal);
        }

        var cleaned = RegistrationRules.Clean(text);
        if (cleaned is null)
        {
            return EntryResult.Of(EntryOutcome.TextEmpty);
        }

        if (cleaned.Length > RegistrationLimits.WorryExtraNoteMaxLength)
        {
            return new EntryResult(EntryOutcome.TextTooLong, RegistrationLimits.WorryExtraNoteMaxLength);
        }

        if (ExtraNoteOn(today) is not null)
        {
            return EntryResult.Of(EntryOutcome.ExtraNoteAlreadyWritten);
        }

        ExtraNotes = ExtraNotes.Add(new WorryNote(today, cleaned, writtenAt));
        return EntryResult.Of(EntryOutcome.Recorded);
    }
}
