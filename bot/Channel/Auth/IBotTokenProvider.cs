namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>Gives the bot's outbound token for the Bot Connector, or null when the bot runs without credentials.</summary>
public interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
