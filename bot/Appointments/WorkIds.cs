using System.Text.Json;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Appointments;

/// <summary>Ids and kinds of the scheduled work that belongs to an appointment; all of it starts with the appointment's prefix.</summary>
public static class WorkIds
{
    public const string DeliverSummary = "summary.deliver";
    public const string Retention = "client.retention";

    public static string AppointmentPrefix(string appointmentId) => $"appointment/{appointmentId}/";

    public static string SummaryBefore(string appointmentId) => AppointmentPrefix(appointmentId) + "summary-before";

    /// <summary>The delivery after a share, keyed by what caused it (the share's activity), so doing it again is a no-op.</summary>
    public static string SummaryShared(string appointmentId, string shareKey) => AppointmentPrefix(appointmentId) + "summary-shared-" + shareKey;

    public static string RetentionOf(string appointmentId) => $"retention/{appointmentId}";

    public static string Payload(string appointmentId, SummaryReason reason) =>
        JsonSerializer.Serialize(new SummaryPayload(appointmentId, reason), StorageJson.Options);
}
