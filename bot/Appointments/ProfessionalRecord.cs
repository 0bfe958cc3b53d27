using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Appointments;

/// <summary>A professional (professionals/{aadObjectId}.json): how to reach them in Teams, and their appointments.</summary>
public sealed class ProfessionalRecord
{
    public ConversationReference? Reference { get; set; }
    public List<string> AppointmentIds { get; set; } = [];
}
