using System.Text.Json.Serialization;

namespace ReIntegratie.Bot.Conversations;

[JsonConverter(typeof(JsonStringEnumConverter<ConversationEffectKind>))]
public enum ConversationEffectKind
{
    /// <summary>Consent given: the appointment is in progress.</summary>
    BeginPreparation,

    /// <summary>The client shares: their chosen parts become the appointment's preparation and the professional is told.</summary>
    SharePreparation,

    /// <summary>The client chose a PIN: its salted hash is stored on the appointment.</summary>
    SetResumePin,
}
