namespace ReIntegratie.Bot.Appointments;

/// <summary>Ids and kinds of the scheduled work that belongs to an appointment; all of it starts with the appointment's prefix.</summary>
public static class WorkIds
{
    public const string DeliverSummary = "summary.deliver";
    public const string Retention = "client.retention";

    public static string AppointmentPrefix(string appointmentId) => $"appointment/{appointmentId}/";

    public static string SummaryBefore(string appointmentId) => AppointmentPrefix(appointmentId) + "summary-before";

    public static string SummaryShared(string appointmentId, DateTimeOffset at) => AppointmentPrefix(appointmentId) + "summary-shared-" + at.ToUnixTimeMilliseconds();

    public static string RetentionOf(string appointmentId) => $"retention/{appointmentId}";
}
