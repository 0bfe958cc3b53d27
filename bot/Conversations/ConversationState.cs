using System.Text.Json.Nodes;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Conversations;

/// <summary>
/// The per-conversation document (conversations/{channel}/{conversation}.json): how to reach the
/// conversation, the ids of recently processed activities (so a channel retry is processed once), the
/// language, and the dialog state. Read once and written once per turn.
/// </summary>
public sealed class ConversationState
{
    public const int RememberedActivityIds = 64;

    public ConversationReference? Reference { get; set; }
    public List<string> RecentActivityIds { get; set; } = [];
    public string? Language { get; set; }
    public bool Welcomed { get; set; }
    public JsonObject? Dialog { get; set; }
    public DateTimeOffset? LastActivityAt { get; set; }

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
