namespace ReIntegratie.Bot.Appointments;

/// <summary>
/// What the bot keeps next to an appointment (links/{appointmentId}.json): the hash of its current
/// invitation, the client's conversation once the code was used, and when the summary should arrive.
/// </summary>
public sealed class AppointmentLinks
{
    public string InvitationHash { get; set; } = "";
    public DateTimeOffset InvitationExpiresAt { get; set; }
    public string? ClientConversationKey { get; set; }
    public TimeSpan SummaryLeadTime { get; set; } = TimeSpan.FromHours(24);
}
