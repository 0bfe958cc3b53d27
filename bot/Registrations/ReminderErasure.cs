using ReIntegratie.Bot.Appointments;
using ReIntegratie.Domain.Registrations;
using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Bot.Registrations;

/// <summary>
/// Deletes, when a client's data is erased, the due entries of the appointment's reminders that can be
/// found exactly: those planned one by one (from a conversation: giving, changing or resuming a
/// registration; or a dispatcher's plan of a single reminder) carry the appointment's id in their key,
/// in the minute their reminder falls due. For each assignment, still readable in the client's folder,
/// it lists that appointment's folder in every minute still ahead at which any of its reminder plans
/// (earlier times included, paused and stopped days too) has a reminder or follow-up, and in the next
/// minute (where a late plan goes), and deletes what it finds. Nothing is added to the dispatch for this.
/// </summary>
/// <remarks>
/// Left to <see cref="ReminderCleanup"/>, which removes them once their minute is closed and a day old:
/// group entries (one per dispatched batch and minute, holding several appointments' ids), settled
/// records (claim keys of several appointments), entries in minutes already reached, and entries a
/// round plans while the erasure runs. They hold ids only, no name or answer, and send nothing: the
/// dispatcher finds no assignment for them. The claims are in the client's folder and go with it.
/// </remarks>
public sealed partial class ReminderErasure(ReminderIndex index, RegistrationStore registrations, TimeProvider clock, ILogger<ReminderErasure> logger) : IAppointmentErasure
{
    public async Task EraseAsync(string appointmentId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var minutes = new SortedSet<DateTimeOffset> { ReminderIndex.MinuteOf(now).AddMinutes(1) };
        try
        {
            foreach (var assignment in await registrations.ListAsync(appointmentId, cancellationToken))
            {
                minutes.UnionWith(PlannableMinutes(assignment).Where(minute => minute > now));
            }
        }
        catch (InvalidDataException)
        {
            // A damaged assignment must not hold up the erasure: its entries are left to the clean-up.
            LogUnreadableAssignments(logger, appointmentId);
        }

        foreach (var minute in minutes)
        {
            await index.DeleteEntriesOfAsync(appointmentId, minute, cancellationToken);
        }
    }

    private static IEnumerable<DateTimeOffset> PlannableMinutes(RegistrationAssignment assignment) =>
        from date in assignment.Period.AllDates()
        from plan in assignment.ReminderPlans
        from time in plan.Times
        from due in assignment.Type == RegistrationType.OmaRegistration
            ? [AmsterdamWallClock.DueAt(date, time), FollowUpDue(date, time)]
            : new[] { AmsterdamWallClock.DueAt(date, time) }
        select ReminderIndex.MinuteOf(due);

    private static DateTimeOffset FollowUpDue(DateOnly date, TimeOnly time)
    {
        var (followUpDate, followUpTime) = FollowUpRule.When(date, time);
        return AmsterdamWallClock.DueAt(followUpDate, followUpTime);
    }

    [LoggerMessage(EventId = 4030, Level = LogLevel.Warning, Message = "Appointment {AppointmentId}: a registration could not be read; its planned reminders are left to the clean-up")]
    private static partial void LogUnreadableAssignments(ILogger logger, string appointmentId);
}
