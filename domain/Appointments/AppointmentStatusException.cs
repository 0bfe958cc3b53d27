namespace ReIntegratie.Domain.Appointments;

/// <summary>A status change that the appointment's current status does not allow.</summary>
public sealed class AppointmentStatusException(string appointmentId, AppointmentStatus status, string change)
    : InvalidOperationException($"Appointment '{appointmentId}' is {status}: {change} is not allowed.")
{
    public string AppointmentId { get; } = appointmentId;

    public AppointmentStatus Status { get; } = status;

    public string Change { get; } = change;
}
