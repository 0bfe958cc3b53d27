using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Channel.Auth;
using ReIntegratie.Bot.Channel.Connector;

namespace ReIntegratie.Bot.Tests.Channel;

/// <summary>
/// With credentials the bot sends its token only to trusted service URLs (configured, or learned from an
/// authenticated activity), and sends nothing at all to any other: never a message without its token.
/// </summary>
public sealed class ServiceUrlTrustTests : IAsyncLifetime
{
    private static readonly string AppId = Guid.NewGuid().ToString();
    private readonly TokenSigner signer = new();
    private readonly string storagePath = Path.Combine(Path.GetTempPath(), "reintegratie-tests", Guid.NewGuid().ToString("N"));
    private LoopbackConnector connector = null!;

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        connector.Signer = signer;
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        if (Directory.Exists(storagePath))
        {
            Directory.Delete(storagePath, recursive: true);
        }
    }

    [Fact]
    public async Task ProactiveSend_ShouldBeRefusedAndLogged_WhenTheServiceUrlIsNotTrusted()
    {
        await using var host = AuthenticatedHost();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Connector(host).DeliverAsync(Proactive("vertrouwelijke tekst"), default));

        Assert.True(error.IsUnreachable);
        Assert.Empty(connector.Requests);
        var entry = Assert.Single(host.Logs.Entries, e => e.Message.Contains("not trusted"));
        Assert.Contains("127.0.0.1", entry.Message);
        Assert.DoesNotContain("vertrouwelijke", entry.Message);
    }

    [Fact]
    public async Task ProactiveSend_ShouldBeRefused_AfterARestart_WhenTheServiceUrlWasOnlyLearned()
    {
        await using (var first = AuthenticatedHost())
        {
            var inbound = await first.PostActivityAsync(Activities.Message(connector.ServiceUrl, "help", channelId: "msteams"), signer.CreateToken(AppId, connector.ServiceUrl));
            Assert.Equal(HttpStatusCode.OK, inbound.StatusCode);
            await Connector(first).DeliverAsync(Proactive("eerste"), default);
            Assert.All(connector.ActivityRequests, r => Assert.Equal("Bearer " + FixedBotToken.Value, r.Authorization));
        }

        connector.Clear();
        await using var restarted = AuthenticatedHost();

        await Assert.ThrowsAsync<ConnectorException>(() => Connector(restarted).DeliverAsync(Proactive("na herstart"), default));
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task ProactiveSend_ShouldCarryTheBotToken_WhenTheServiceUrlIsConfiguredAsTrusted()
    {
        await using var host = AuthenticatedHost(("Connector:TrustedServiceUrls:0", connector.ServiceUrl));

        await Connector(host).DeliverAsync(Proactive("herinnering"), default);

        Assert.Equal("Bearer " + FixedBotToken.Value, Assert.Single(connector.ActivityRequests).Authorization);
    }

    [Fact]
    public async Task ProactiveSend_ShouldGoWithoutAToken_WhenTheBotRunsWithoutCredentials()
    {
        await using var host = new BotHost();
        host.CreateClient().Dispose();

        await Connector(host).DeliverAsync(Proactive("herinnering"), default);

        Assert.Null(Assert.Single(connector.ActivityRequests).Authorization);
    }

    private BotHost AuthenticatedHost(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-used-by-the-fake-token-provider",
            ["Auth:OpenIdMetadataUrl"] = connector.OpenIdMetadataUrl,
            ["Storage:Path"] = storagePath,
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        var host = new BotHost(settings, services => services.AddSingleton(FixedBotToken.Provider()));
        host.CreateClient().Dispose();
        return host;
    }

    private static ConnectorClient Connector(BotHost host) => host.Services.GetRequiredService<ConnectorClient>();

    private Activity Proactive(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ChannelId = "msteams",
        ServiceUrl = connector.ServiceUrl,
        Conversation = new ConversationAccount { Id = "a:proactive" },
    };
}
