namespace ReIntegratie.Domain.Registrations;

/// <summary>A status change that the assignment's current status does not allow.</summary>
public sealed class RegistrationStatusException(string assignmentId, RegistrationStatus status, string change)
    : InvalidOperationException($"Registration assignment '{assignmentId}' is {status}: {change} is not allowed.")
{
    public string AssignmentId { get; } = assignmentId;

    public RegistrationStatus Status { get; } = status;

    public string Change { get; } = change;
}
