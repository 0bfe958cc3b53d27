using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Dialogs.Engine;

namespace ReIntegratie.Bot.Conversations;

/// <summary>
/// The per-conversation document (conversations/{channel}/{conversation}.json): how to reach the
/// conversation, the ids of recently processed activities (so a channel retry is processed once), the
/// language, the dialog stack and the client's journey. Read once and written once per turn.
/// </summary>
public sealed class ConversationState
{
    public const int RememberedActivityIds = 64;

    public ConversationReference? Reference { get; set; }
    public List<string> RecentActivityIds { get; set; } = [];
    public string? Language { get; set; }

    /// <summary>The client chose the language (button or typed): the appointment's language no longer overrides it.</summary>
    public bool LanguageChosen { get; set; }
    public bool Welcomed { get; set; }
    public List<DialogInstance> DialogStack { get; set; } = [];
    public ClientJourney? Client { get; set; }

    /// <summary>The last registration reminder sent here, so a typed answer ("ja nee") on a text channel finds its day and slots.</summary>
    public Registrations.ReminderPayload? PendingReminder { get; set; }
    public DateTimeOffset? LastActivityAt { get; set; }

    /// <summary>Set when the appointment's service cut this conversation off: the next message is told why, once.</summary>
    public Appointments.CutOffReason? CutOff { get; set; }

    /// <summary>
    /// What this turn causes outside this document (see <see cref="ConversationEffect"/>). Written with the
    /// turn's state, run once that write succeeded, then removed; a later turn runs what is left first.
    /// </summary>
    public List<ConversationEffect> PendingEffects { get; set; } = [];

    /// <summary>Set when the client deleted their data: the runner deletes this document instead of saving it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool DeleteWhenTurnEnds { get; set; }

    public bool HasProcessed(string? activityId) => activityId is not null && RecentActivityIds.Contains(activityId);

    public void RememberProcessed(string? activityId)
    {
        if (activityId is null)
        {
            return;
        }

        RecentActivityIds.Add(activityId);
        if (RecentActivityIds.Count > RememberedActivityIds)
        {
            RecentActivityIds.RemoveRange(0, RecentActivityIds.Count - RememberedActivityIds);
        }
    }
}
