namespace ReIntegratie.Bot.Appointments;

/// <summary>
/// What the bot keeps next to an appointment (links/{appointmentId}.json): its current invitation, when
/// the summary should arrive, and the keys of everything the appointment ever caused that lives outside
/// the client's own folder: every conversation that used one of its codes and every invitation issued.
/// Erasure deletes them all, so a key is recorded here before the document it names is written.
/// </summary>
public sealed class AppointmentLinks
{
    public string InvitationHash { get; set; } = "";
    public DateTimeOffset InvitationExpiresAt { get; set; }
    public TimeSpan SummaryLeadTime { get; set; } = TimeSpan.FromHours(24);
    public List<string> ConversationKeys { get; set; } = [];
    public List<string> InvitationHashes { get; set; } = [];

    public void Remember(string? conversationKey = null, string? invitationHash = null)
    {
        if (conversationKey is not null && !ConversationKeys.Contains(conversationKey))
        {
            ConversationKeys.Add(conversationKey);
        }

        if (invitationHash is { Length: > 0 } && !InvitationHashes.Contains(invitationHash))
        {
            InvitationHashes.Add(invitationHash);
        }
    }
}
