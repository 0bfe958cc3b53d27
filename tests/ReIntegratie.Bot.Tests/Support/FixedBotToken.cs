using ReIntegratie.Bot.Channel.Auth;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>Stands in for Entra ID, the one peer the tests cannot reach: always the same outbound token.</summary>
public sealed class FixedBotToken : IBotTokenProvider
{
    public const string Value = "test-bot-token";

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(Value);
}
