namespace ReIntegratie.Bot.Channel;

/// <summary>What is needed to send into a conversation later (docs/protocol.md §4.3).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? Locale { get; set; }
    public string? ServiceUrl { get; set; }

    /// <summary>An activity that continues this conversation proactively (no reply-to).</summary>
    public Activity CreateProactiveActivity() => new()
    {
        Type = ActivityTypes.Event,
        Name = "ContinueConversation",
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        From = User,
        Recipient = Bot,
        Locale = Locale,
    };
}
