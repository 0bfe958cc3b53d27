using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>Builds inbound activities as a channel would send them.</summary>
public static class Activities
{
    private static int counter;

    public static Activity Message(string serviceUrl, string text, string conversationId = "conv-1", string? id = null, string locale = "nl-NL", string channelId = "emulator") =>
        Base(ActivityTypes.Message, serviceUrl, conversationId, id, locale, channelId, activity => activity.Text = text);

    public static Activity MembersAdded(string serviceUrl, string conversationId = "conv-1", string locale = "nl-NL", string channelId = "emulator") =>
        Base(ActivityTypes.ConversationUpdate, serviceUrl, conversationId, null, locale, channelId, activity =>
            activity.MembersAdded = [new ChannelAccount { Id = "user-1", Name = "Client" }, new ChannelAccount { Id = "bot-1", Name = "ReIntegratie" }]);

    public static Activity Of(string type, string serviceUrl, string conversationId = "conv-1", string channelId = "emulator") =>
        Base(type, serviceUrl, conversationId, null, "nl-NL", channelId, _ => { });

    private static Activity Base(string type, string serviceUrl, string conversationId, string? id, string locale, string channelId, Action<Activity> fill)
    {
        var activity = new Activity
        {
            Type = type,
            Id = id ?? $"act-{Interlocked.Increment(ref counter)}",
            ChannelId = channelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = conversationId },
            From = new ChannelAccount { Id = "user-1", Name = "Client" },
            Recipient = new ChannelAccount { Id = "bot-1", Name = "ReIntegratie" },
            Locale = locale,
            Timestamp = DateTimeOffset.UtcNow,
        };
        fill(activity);
        return activity;
    }
}
