using ReIntegratie.Domain.Registrations;

namespace ReIntegratie.Bot.Registrations;

/// <summary>
/// Plans an assignment's reminders (domain: Europe/Amsterdam times, daylight saving included) one at
/// a time: this plans the first still ahead, and the <see cref="ReminderDispatcher"/> plans each next
/// one when it sends the one before. Two weeks of OMA reminders are then one planned entry per client
/// instead of 84. Nothing needs cancelling: a planned reminder checks its assignment when it falls due,
/// so after a stop, a pause, new times or deleted data it sends nothing and plans nothing.
/// </summary>
public sealed class RegistrationScheduler(ReminderIndex index, TimeProvider clock)
{
    /// <summary>
    /// Plans the first reminder still ahead (after a change of times or a resume: again from now; a
    /// reminder that was already planned stays one). Returns how many regular reminders are ahead
    /// (follow-ups not counted).
    /// </summary>
    public async Task<int> ScheduleAsync(RegistrationAssignment assignment, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (ReminderSchedule.Next(assignment, previousId: null, now) is { } first)
        {
            await index.PlanAsync(new ReminderPayload(assignment.AppointmentId, assignment.Id, first.Id), ReminderIndex.BucketOf(first.DueAt, now), cancellationToken);
        }

        return ReminderSchedule.For(assignment).Count(reminder => reminder.DueAt >= now);
    }
}
