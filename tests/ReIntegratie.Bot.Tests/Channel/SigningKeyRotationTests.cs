using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Bot.Channel.Auth;

namespace ReIntegratie.Bot.Tests.Channel;

public sealed class SigningKeyRotationTests
{
    private static readonly string AppId = Guid.NewGuid().ToString();

    /// <summary>The key cache's clock; the tokens' own lifetimes are checked on the real clock.</summary>

    [Fact]
    public async Task NewSigningKey_ShouldBeFetchedAndAccepted_WhenTheChannelRotatesItsKeys()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        connector.Signer = new TokenSigner("old-key");
        await using var host = AuthenticatedHost(connector);
        var first = await host.PostActivityAsync(Message(connector), connector.Signer.CreateToken(AppId, connector.ServiceUrl));

        connector.Signer = new TokenSigner("new-key");
        var second = await host.PostActivityAsync(Message(connector), connector.Signer.CreateToken(AppId, connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task UnknownKeyIds_ShouldRefetchTheKeysOnlyOnce_WithinTheRefreshInterval()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        connector.Signer = new TokenSigner("real-key");
        await using var host = AuthenticatedHost(connector);
        await host.PostActivityAsync(Message(connector), connector.Signer.CreateToken(AppId, connector.ServiceUrl));

        var forger = new TokenSigner("forged-kid");
        for (var i = 0; i < 5; i++)
        {
            var response = await host.PostActivityAsync(Message(connector), forger.CreateToken(AppId, connector.ServiceUrl));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // The first fetch, and the one refresh the first unknown key id asked for.
        Assert.Equal(2, connector.MetadataRequestCount);
    }

    [Fact]
    public async Task RotatedKeys_ShouldKeepTheirEndorsements_SoANewKeyOnlyServesItsOwnChannels()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        connector.Signer = new TokenSigner("old-key");
        await using var host = AuthenticatedHost(connector);
        var before = await host.PostActivityAsync(Message(connector), connector.Signer.CreateToken(AppId, connector.ServiceUrl));

        connector.Signer = new TokenSigner("new-webchat-key", "webchat");
        var teams = await host.PostActivityAsync(Message(connector), connector.Signer.CreateToken(AppId, connector.ServiceUrl));
        var webChat = await host.PostActivityAsync(
            Activities.Message(connector.ServiceUrl, "help", channelId: "webchat"), connector.Signer.CreateToken(AppId, connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, teams.StatusCode);
        Assert.Equal(HttpStatusCode.OK, webChat.StatusCode);
    }

    private static BotHost AuthenticatedHost(LoopbackConnector connector) => new(
        new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "unused",
            ["Auth:OpenIdMetadataUrl"] = connector.OpenIdMetadataUrl,
        },
        services => services.AddSingleton(FixedBotToken.Provider()));

    private static ReIntegratie.Bot.Channel.Activity Message(LoopbackConnector connector) =>
        Activities.Message(connector.ServiceUrl, "help", channelId: "msteams");
}
