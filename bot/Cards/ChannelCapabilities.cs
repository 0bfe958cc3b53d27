namespace ReIntegratie.Bot.Cards;

/// <summary>Which channels render Adaptive Cards (up to 1.5, with Action.Submit); others get numbered text.</summary>
public static class ChannelCapabilities
{
    private static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase) { "msteams", "webchat", "directline", "emulator" };

    public static bool SupportsAdaptiveCards(string? channelId) => channelId is not null && CardChannels.Contains(channelId);
}
