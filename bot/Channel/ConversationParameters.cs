using System.Text.Json;

namespace ReIntegratie.Bot.Channel;

/// <summary>Body of <c>POST v3/conversations</c> (docs/protocol.md §4.2).</summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount> Members { get; set; } = [];
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonElement? ChannelData { get; set; }
}
