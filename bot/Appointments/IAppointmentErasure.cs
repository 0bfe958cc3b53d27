namespace ReIntegratie.Bot.Appointments;

/// <summary>
/// A feature that keeps documents for an appointment outside the client's folder (clients/{id}/) and
/// deletes them when the client's data is erased. Called before the client's folder is deleted, so it
/// can still read what it needs there to find its documents.
/// </summary>
public interface IAppointmentErasure
{
    Task EraseAsync(string appointmentId, CancellationToken cancellationToken);
}
