using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Appointments;

/// <summary>
/// Where an appointment's preparation stands. Allowed changes (others throw <see cref="AppointmentStatusException"/>):
/// <code>
/// NotStarted --Begin--> InProgress --Share--> Shared (Share again refreshes; Begin on InProgress/Shared changes nothing)
/// NotStarted / InProgress / Shared --Cancel--> Cancelled
/// any --DeleteData--> DataDeleted (final)
/// </code>
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AppointmentStatus>))]
public enum AppointmentStatus
{
    /// <summary>Created; the client has not redeemed the invitation yet.</summary>
    NotStarted,

    /// <summary>The client is preparing; nothing is visible to the professional except progress.</summary>
    InProgress,

    /// <summary>The client shared (the chosen parts of) their preparation.</summary>
    Shared,

    /// <summary>The appointment was cancelled; the invitation no longer works.</summary>
    Cancelled,

    /// <summary>The client's data was deleted; only the bare appointment remains.</summary>
    DataDeleted,
}
