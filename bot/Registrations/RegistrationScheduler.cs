using System.Text.Json;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Registrations;

namespace ReIntegratie.Bot.Registrations;

/// <summary>
/// Turns an assignment's reminder timeline (domain: Europe/Amsterdam times, daylight saving included)
/// into durable scheduled work, one reminder at a time: each reminder, when it runs, plans the next.
/// Two weeks of OMA reminders are then one work item per client instead of 84, and pausing, stopping
/// or changing times only has to replace that one. Everything sits under the appointment's prefix, so
/// deleting the client's data removes it.
/// </summary>
public sealed class RegistrationScheduler(IWorkScheduler scheduler, TimeProvider clock)
{
    public const string Kind = "registration.reminder";

    public static string Prefix(string appointmentId, string assignmentId) => WorkIds.AppointmentPrefix(appointmentId) + "reminder/" + assignmentId + "/";

    public static string WorkId(string appointmentId, string reminderId) => WorkIds.AppointmentPrefix(appointmentId) + "reminder/" + reminderId;

    /// <summary>Plans the first reminder still ahead. Returns how many regular reminders are ahead (follow-ups not counted).</summary>
    public async Task<int> ScheduleAsync(RegistrationAssignment assignment, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await PlanAsync(assignment, ReminderSchedule.Next(assignment, previousId: null, now), cancellationToken);
        return ReminderSchedule.For(assignment).Count(reminder => reminder.DueAt >= now);
    }

    /// <summary>
    /// Plans the reminder after <paramref name="previousId"/>, skipping any that are already too late to
    /// send. Safe to repeat: the work id is the reminder's, and work already done is not planned again.
    /// </summary>
    public Task ScheduleAfterAsync(RegistrationAssignment assignment, string previousId, CancellationToken cancellationToken) =>
        PlanAsync(assignment, ReminderSchedule.Next(assignment, previousId, clock.GetUtcNow() - ReminderSchedule.LateLimit), cancellationToken);

    public Task<int> CancelAsync(RegistrationAssignment assignment, CancellationToken cancellationToken) =>
        scheduler.CancelByPrefixAsync(Prefix(assignment.AppointmentId, assignment.Id), cancellationToken);

    /// <summary>After a change of times or a resume: forget what was planned and plan again from now.</summary>
    public async Task RescheduleAsync(RegistrationAssignment assignment, CancellationToken cancellationToken)
    {
        await CancelAsync(assignment, cancellationToken);
        await ScheduleAsync(assignment, cancellationToken);
    }

    private async Task PlanAsync(RegistrationAssignment assignment, RegistrationReminder? reminder, CancellationToken cancellationToken)
    {
        if (reminder is null)
        {
            return;
        }

        var payload = JsonSerializer.Serialize(new ReminderPayload(assignment.AppointmentId, assignment.Id, reminder.Id), StorageJson.Options);
        await scheduler.ScheduleAsync(new ScheduledWork(WorkId(assignment.AppointmentId, reminder.Id), Kind, payload, reminder.DueAt), cancellationToken);
    }
}
