using Moq;
using ReIntegratie.Bot.Channel.Auth;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>Stands in for Entra ID, the one peer the tests cannot reach: a Moq double that always gives the same outbound token.</summary>
public static class FixedBotToken
{
    public const string Value = "test-bot-token";

    public static IBotTokenProvider Provider() =>
        Mock.Of<IBotTokenProvider>(tokens => tokens.GetTokenAsync(It.IsAny<CancellationToken>()) == Task.FromResult<string?>(Value));
}
