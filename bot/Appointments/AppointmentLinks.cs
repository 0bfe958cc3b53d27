namespace ReIntegratie.Bot.Appointments;

/// <summary>
/// What the bot keeps next to an appointment (links/{appointmentId}.json): its current invitation, when
/// the summary should arrive, and every invitation it ever issued (erasure deletes them all, so a hash is
/// recorded here before its invitation is written). The conversations it caused are in the appointment
/// itself (<see cref="Domain.Appointments.Appointment.BoundConversations"/>), recorded by the same write
/// that binds them.
/// </summary>
public sealed class AppointmentLinks
{
    public string InvitationHash { get; set; } = "";
    public DateTimeOffset InvitationExpiresAt { get; set; }
    public TimeSpan SummaryLeadTime { get; set; } = TimeSpan.FromHours(24);
    public List<string> InvitationHashes { get; set; } = [];

    public void Remember(string invitationHash)
    {
        if (invitationHash.Length > 0 && !InvitationHashes.Contains(invitationHash))
        {
            InvitationHashes.Add(invitationHash);
        }
    }
}
