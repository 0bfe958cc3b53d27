using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// What the client (and, if shared, the professional) sees of an OMA registration: a grid of days x
/// six slots from the start up to today (or the last day), the completion so far, and the candidate
/// patterns to confirm (<see cref="OmaPatterns"/>).
/// </summary>
public sealed record OmaOverview(
    string Complaint,
    IReadOnlyList<OmaOverviewRow> Rows,
    CompletionRate Completion,
    IReadOnlyList<OmaPatternCandidate> Candidates)
{
    /// <summary>
    /// Builds the overview at <paramref name="now"/>. A slot counts as asked once its part's reminder
    /// was due (by the schedule: not while paused), or when it has an answer anyway.
    /// </summary>
    public static OmaOverview Build(RegistrationAssignment assignment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var oma = assignment.Oma ?? throw new InvalidOperationException($"Registration assignment '{assignment.Id}' is not an OMA registration.");
        var asked = ReminderSchedule.For(assignment)
            .Where(reminder => reminder.DueAt <= now)
            .SelectMany(reminder => reminder.Slots.Select(slot => (reminder.Date, slot)))
            .ToHashSet();

        var today = AmsterdamWallClock.DateOf(now);
        var rows = new List<OmaOverviewRow>();
        var answered = 0;
        var askedCount = 0;
        foreach (var date in assignment.Period.AllDates().TakeWhile(date => date <= today))
        {
            var cells = new List<OmaCell>();
            foreach (var slot in OmaSlots.All)
            {
                var entry = oma.EntryFor(date, slot);
                var state = entry switch
                {
                    { Occurred: true } => OmaCellState.Occurred,
                    { Occurred: false } => OmaCellState.DidNotOccur,
                    null when asked.Contains((date, slot)) => OmaCellState.Unanswered,
                    _ => OmaCellState.NotAsked,
                };
                answered += entry is null ? 0 : 1;
                askedCount += state == OmaCellState.NotAsked ? 0 : 1;
                cells.Add(new OmaCell(slot, state, entry?.IsLate ?? false, entry));
            }

            rows.Add(new OmaOverviewRow(date, date.DayOfWeek, assignment.WeekOf(date)!.Value, cells));
        }

        return new OmaOverview(oma.Complaint, rows, new CompletionRate(answered, askedCount), OmaPatterns.Find(oma.Entries));
    }
}
