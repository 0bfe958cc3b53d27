using System.Text.Json;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Registrations;

namespace ReIntegratie.Bot.Registrations;

/// <summary>
/// Turns an assignment's reminder schedule (domain: Europe/Amsterdam times, daylight saving included)
/// into durable scheduled work, one item per reminder and per follow-up, all under the appointment's
/// prefix so cancelling or deleting the client's data removes them.
/// </summary>
public sealed class RegistrationScheduler(IWorkScheduler scheduler, TimeProvider clock)
{
    public const string Kind = "registration.reminder";

    public static string Prefix(string appointmentId, string assignmentId) => WorkIds.AppointmentPrefix(appointmentId) + "reminder/" + assignmentId + "/";

    public static string WorkId(string appointmentId, string reminderId) => WorkIds.AppointmentPrefix(appointmentId) + "reminder/" + reminderId;

    /// <summary>Schedules every reminder still ahead (and its follow-up); earlier ones are left alone. Returns the number of reminders, follow-ups not counted.</summary>
    public async Task<int> ScheduleAsync(RegistrationAssignment assignment, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var count = 0;
        foreach (var reminder in ReminderSchedule.For(assignment).Where(r => r.DueAt > now))
        {
            foreach (var due in new[] { reminder, ReminderSchedule.FollowUpOf(reminder) })
            {
                if (due is null)
                {
                    continue;
                }

                var payload = JsonSerializer.Serialize(new ReminderPayload(assignment.AppointmentId, assignment.Id, due.Id), StorageJson.Options);
                await scheduler.ScheduleAsync(new ScheduledWork(WorkId(assignment.AppointmentId, due.Id), Kind, payload, due.DueAt), cancellationToken);
            }

            count++;
        }

        return count;
    }

    public Task<int> CancelAsync(RegistrationAssignment assignment, CancellationToken cancellationToken) =>
        scheduler.CancelByPrefixAsync(Prefix(assignment.AppointmentId, assignment.Id), cancellationToken);

    /// <summary>After a change of times: forget what was planned and plan again from now.</summary>
    public async Task RescheduleAsync(RegistrationAssignment assignment, CancellationToken cancellationToken)
    {
        await CancelAsync(assignment, cancellationToken);
        await ScheduleAsync(assignment, cancellationToken);
    }
}
