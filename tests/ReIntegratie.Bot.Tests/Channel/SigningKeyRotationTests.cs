using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReIntegratie.Bot.Channel.Auth;

namespace ReIntegratie.Bot.Tests.Channel;

public sealed class SigningKeyRotationTests
{
    private static readonly string AppId = Guid.NewGuid().ToString();

    /// <summary>The key cache's clock; the tokens' own lifetimes are checked on the real clock.</summary>
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task NewSigningKey_ShouldBeFetchedAndAccepted_WhenTheChannelRotatesItsKeys()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var clock = new FakeTimeProvider(Start);
        connector.Signer = new TokenSigner("old-key");
        await using var host = AuthenticatedHost(connector, clock);
        var first = await host.PostActivityAsync(Message(connector), connector.Signer.CreateToken(AppId, connector.ServiceUrl));

        connector.Signer = new TokenSigner("new-key");
        clock.Advance(TimeSpan.FromMinutes(2));
        var second = await host.PostActivityAsync(Message(connector), connector.Signer.CreateToken(AppId, connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task UnknownKeyIds_ShouldNotRefetchTheKeys_MoreThanOnceAMinute()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var clock = new FakeTimeProvider(Start);
        connector.Signer = new TokenSigner("real-key");
        await using var host = AuthenticatedHost(connector, clock);
        await host.PostActivityAsync(Message(connector), connector.Signer.CreateToken(AppId, connector.ServiceUrl));

        var forger = new TokenSigner("forged-kid");
        for (var i = 0; i < 5; i++)
        {
            var response = await host.PostActivityAsync(Message(connector), forger.CreateToken(AppId, connector.ServiceUrl));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Equal(1, connector.MetadataRequestCount);
    }

    private static BotHost AuthenticatedHost(LoopbackConnector connector, TimeProvider clock) => new(
        new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "unused",
            ["Auth:OpenIdMetadataUrl"] = connector.OpenIdMetadataUrl,
        },
        services =>
        {
            services.AddSingleton(clock);
            services.AddSingleton(FixedBotToken.Provider());
        });

    private static ReIntegratie.Bot.Channel.Activity Message(LoopbackConnector connector) =>
        Activities.Message(connector.ServiceUrl, "help", channelId: "msteams");
}
