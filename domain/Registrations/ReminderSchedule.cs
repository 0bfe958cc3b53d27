using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// The reminders of an assignment: every date of its period at the local Amsterdam reminder times
/// in effect at that moment (summer time handled by <see cref="AmsterdamWallClock.DueAt"/>), none
/// before creation, while paused, or after a stop or completion. Reminders follow the agreed plan,
/// never the answers (docs/method.md §6.4): <see cref="ShouldSend"/> only skips a reminder whose
/// question is already answered.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>
    /// How late a reminder may still go out. Later than this (the service was down), it is dropped:
    /// its follow-up or the next reminder asks again, and a burst of old questions helps no one.
    /// </summary>
    public static readonly TimeSpan LateLimit = TimeSpan.FromHours(1);

    /// <summary>Whether <paramref name="now"/> is more than <see cref="LateLimit"/> after the reminder's due time.</summary>
    public static bool IsTooLate(RegistrationReminder reminder, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return now - reminder.DueAt > LateLimit;
    }

    /// <summary>All regular reminders in order of due time, past ones included.</summary>
    public static IReadOnlyList<RegistrationReminder> For(RegistrationAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var reminders = new List<RegistrationReminder>();
        foreach (var date in assignment.Period.AllDates())
        {
            foreach (var plan in assignment.ReminderPlans)
            {
                for (var index = 0; index < plan.Times.Count; index++)
                {
                    var time = plan.Times[index];
                    var due = AmsterdamWallClock.DueAt(date, time);
                    if (!ReferenceEquals(assignment.PlanAt(due), plan) || !assignment.IsRemindingAt(due))
                    {
                        continue;
                    }

                    DayPart? part = assignment.Type == RegistrationType.OmaRegistration ? OmaSlots.PartOfReminder(index) : null;
                    reminders.Add(new RegistrationReminder(
                        RegistrationReminder.IdOf(assignment.Id, date, time), assignment.Id, assignment.Type, ReminderKind.Regular, date, time, due, part));
                }
            }
        }

        return reminders.OrderBy(reminder => reminder.DueAt).ThenBy(reminder => reminder.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every reminder with its follow-up, in the order they fall due.</summary>
    public static IReadOnlyList<RegistrationReminder> Timeline(RegistrationAssignment assignment) =>
        For(assignment)
            .SelectMany(reminder => FollowUpOf(reminder) is { } followUp ? [reminder, followUp] : new[] { reminder })
            .OrderBy(reminder => reminder.DueAt).ThenBy(reminder => reminder.Kind).ThenBy(reminder => reminder.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The reminder to plan next, so that only one per assignment is planned at a time. Without
    /// <paramref name="previousId"/>: the first in the <see cref="Timeline"/> due at or after
    /// <paramref name="notBefore"/>. With it: the first after that one (and at or after
    /// <paramref name="notBefore"/>); null when it is no longer in the timeline (paused, stopped, times
    /// changed), because whoever changed the plan planned anew.
    /// </summary>
    public static RegistrationReminder? Next(RegistrationAssignment assignment, string? previousId, DateTimeOffset notBefore) =>
        Next(Timeline(assignment), previousId, notBefore);

    /// <summary>As <see cref="Next(RegistrationAssignment, string?, DateTimeOffset)"/>, on a <see cref="Timeline"/> the caller already has.</summary>
    public static RegistrationReminder? Next(IReadOnlyList<RegistrationReminder> timeline, string? previousId, DateTimeOffset notBefore)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var start = 0;
        if (previousId is not null)
        {
            start = timeline.Select(reminder => reminder.Id).ToList().IndexOf(previousId) + 1;
            if (start == 0)
            {
                return null;
            }
        }

        return timeline.Skip(start).FirstOrDefault(reminder => reminder.DueAt >= notBefore);
    }

    /// <summary>The first regular reminder due strictly after <paramref name="instant"/>, or null when none is left.</summary>
    public static RegistrationReminder? NextAfter(RegistrationAssignment assignment, DateTimeOffset instant) =>
        For(assignment).FirstOrDefault(reminder => reminder.DueAt > instant);

    /// <summary>
    /// The one follow-up of a regular OMA reminder (see <see cref="FollowUpRule"/>), or null for other
    /// types. Schedule it with the reminder; when it falls due, send it only if <see cref="ShouldSend"/>.
    /// </summary>
    public static RegistrationReminder? FollowUpOf(RegistrationReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (reminder.Kind != ReminderKind.Regular || reminder.Part is null)
        {
            return null;
        }

        var (date, time) = FollowUpRule.When(reminder.Date, reminder.Time);
        return reminder with
        {
            Id = reminder.Id + RegistrationReminder.FollowUpSuffix,
            Kind = ReminderKind.FollowUp,
            DueAt = AmsterdamWallClock.DueAt(date, time),
        };
    }

    /// <summary>
    /// Whether a scheduled reminder should still go out when it falls due: the assignment is active at
    /// that moment, the reminder (or the one a follow-up belongs to) is still in the schedule (times
    /// may have changed), and its question is still open. OMA: a regular reminder is skipped when both
    /// slots are answered, a follow-up when either is; worry: when the session is already reported;
    /// inventory: when the list is complete and worked out.
    /// </summary>
    public static bool ShouldSend(RegistrationAssignment assignment, RegistrationReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(reminder);
        if (assignment.Status != RegistrationStatus.Active || !assignment.IsRemindingAt(reminder.DueAt))
        {
            return false;
        }

        var regularId = reminder.Kind == ReminderKind.FollowUp ? reminder.Id[..^RegistrationReminder.FollowUpSuffix.Length] : reminder.Id;
        if (!For(assignment).Any(regular => regular.Id == regularId))
        {
            return false;
        }

        return assignment.Type switch
        {
            RegistrationType.OmaRegistration when reminder.Part is { } part => reminder.Kind == ReminderKind.FollowUp
                ? !assignment.Oma!.HasAnyAnswer(reminder.Date, part)
                : !assignment.Oma!.HasAllAnswers(reminder.Date, part),
            RegistrationType.WorryTime => assignment.Worry!.SessionOn(reminder.Date) is null,
            RegistrationType.ProblemInventory => assignment.Inventory!.Progress().Next != InventoryStep.Done,
            _ => false,
        };
    }
}
