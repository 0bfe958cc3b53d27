namespace ReIntegratie.Bot.Cards;

/// <summary>Which channels render Adaptive Cards (up to 1.5, with Action.Submit); others get numbered text.</summary>
public static class ChannelCapabilities
{
    private static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase) { "msteams", "webchat", "directline", "emulator" };

    public static bool SupportsAdaptiveCards(string? channelId) => channelId is not null && CardChannels.Contains(channelId);

    /// <summary>Whether a sent message can be replaced (Connector update activity): Teams can, Web Chat cannot.</summary>
    public static bool UpdatesSentMessages(string? channelId) => string.Equals(channelId, "msteams", StringComparison.OrdinalIgnoreCase);
}
