namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>How the bot may call a service URL when it has credentials.</summary>
public enum ServiceUrlTrust
{
    /// <summary>Not known to be the channel's: nothing is sent there, since it would go without the bot's token.</summary>
    Untrusted,

    /// <summary>Configured or learned from an authenticated activity: calls carry the bot's token.</summary>
    Trusted,

    /// <summary>This host's own development connector (the Direct Line stand-in): calls go without a token.</summary>
    OwnDevelopmentConnector,
}
