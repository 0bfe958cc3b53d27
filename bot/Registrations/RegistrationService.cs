using ReIntegratie.Bot.Appointments;
using ReIntegratie.Domain.Registrations;

namespace ReIntegratie.Bot.Registrations;

/// <summary>
/// A client's registration assignments: what the client's conversation reads and changes (entries,
/// pause, stop, sharing, reminder times) and the re-planning of reminders after a change. Changes are
/// made only for the conversation that acts for the appointment (<see cref="MayActAsync"/>), and an
/// assignment that was erased is never written back.
/// </summary>
public sealed class RegistrationService(RegistrationStore store, RegistrationScheduler scheduler, ClientBinding binding)
{
    /// <summary>Whether this conversation may change the appointment's registrations now (read from the store: another instance may have cut it off).</summary>
    public async Task<bool> MayActAsync(string appointmentId, string conversationKey, CancellationToken cancellationToken) =>
        await binding.AllowedNowAsync(appointmentId, conversationKey, cancellationToken) is not null;

    public Task<RegistrationAssignment?> ReadAsync(string appointmentId, string assignmentId, CancellationToken cancellationToken) =>
        store.ReadAsync(appointmentId, assignmentId, cancellationToken);

    public Task<IReadOnlyList<RegistrationAssignment>> ListAsync(string appointmentId, CancellationToken cancellationToken) =>
        store.ListAsync(appointmentId, cancellationToken);

    /// <summary>Applies a change with conflict retry; an assignment that no longer exists (erased) is not created again.</summary>
    public Task<RegistrationAssignment> ChangeAsync(string appointmentId, string assignmentId, Action<RegistrationAssignment> change, CancellationToken cancellationToken) =>
        store.UpdateAsync(appointmentId, assignmentId, change, cancellationToken);

    /// <summary>Plans the next reminder after a resume or new times.</summary>
    public Task<int> ReplanAsync(RegistrationAssignment assignment, CancellationToken cancellationToken) =>
        scheduler.ScheduleAsync(assignment, cancellationToken);
}
