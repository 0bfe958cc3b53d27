using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Bot.Channel.Auth;

namespace ReIntegratie.Bot.Tests.Channel;

/// <summary>Tokens signed with keys the test generated and served as OpenID metadata on loopback.</summary>
public sealed class InboundAuthenticationTests : IAsyncLifetime
{
    private static readonly string AppId = Guid.NewGuid().ToString();
    private readonly TokenSigner signer = new();
    private LoopbackConnector connector = null!;
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        connector.Signer = signer;
        host = new BotHost(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "not-used-by-the-fake-token-provider",
                ["Auth:OpenIdMetadataUrl"] = connector.OpenIdMetadataUrl,
            },
            services => services.AddSingleton(FixedBotToken.Provider()));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task ValidToken_ShouldBeAccepted_AndTheReplyCarriesTheBotToken()
    {
        var message = Activities.Message(connector.ServiceUrl, "help", channelId: "msteams");

        var response = await host.PostActivityAsync(message, signer.CreateToken(AppId, connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer " + FixedBotToken.Value, Assert.Single(connector.ActivityRequests).Authorization);
    }

    [Fact]
    public async Task MissingAuthorizationHeader_ShouldGet401()
    {
        await AssertRefusedAsync(null);
    }

    [Fact]
    public async Task TokenForAnotherAudience_ShouldGet401()
    {
        await AssertRefusedAsync(signer.CreateToken(Guid.NewGuid().ToString(), connector.ServiceUrl));
    }

    [Fact]
    public async Task TokenFromAnotherIssuer_ShouldGet401()
    {
        await AssertRefusedAsync(signer.CreateToken(AppId, connector.ServiceUrl, issuer: "https://evil.example"));
    }

    [Fact]
    public async Task ExpiredToken_ShouldGet401_BeyondTheFiveMinuteSkew()
    {
        await AssertRefusedAsync(signer.CreateToken(AppId, connector.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-6)));
    }

    [Fact]
    public async Task RecentlyExpiredToken_ShouldBeAccepted_WithinTheFiveMinuteSkew()
    {
        var token = signer.CreateToken(AppId, connector.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-2));

        var response = await host.PostActivityAsync(Activities.Message(connector.ServiceUrl, "help", channelId: "msteams"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TokenWithABadSignature_ShouldGet401()
    {
        await AssertRefusedAsync(signer.CreateToken(AppId, connector.ServiceUrl, signWith: TokenSigner.ImpostorKey(signer.KeyId)));
    }

    [Fact]
    public async Task UnsignedTokenWithAlgNone_ShouldGet401()
    {
        await AssertRefusedAsync(signer.CreateUnsignedToken(AppId, connector.ServiceUrl));
    }

    [Fact]
    public async Task TokenForAnotherServiceUrl_ShouldGet401()
    {
        await AssertRefusedAsync(signer.CreateToken(AppId, "https://smba.trafficmanager.net/emea/"));
    }

    [Fact]
    public async Task TokenWithoutServiceUrlClaim_ShouldGet401()
    {
        await AssertRefusedAsync(signer.CreateToken(AppId, connector.ServiceUrl, includeServiceUrl: false));
    }

    [Fact]
    public async Task TokenFromAKeyNotEndorsedForTheChannel_ShouldGet401()
    {
        connector.Signer = new TokenSigner("teams-only", "msteams");
        var token = connector.Signer.CreateToken(AppId, connector.ServiceUrl);

        var response = await host.PostActivityAsync(Activities.Message(connector.ServiceUrl, "help", channelId: "webchat"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GarbageInsteadOfAToken_ShouldGet401()
    {
        await AssertRefusedAsync("not.a.jwt");
    }

    private async Task AssertRefusedAsync(string? token)
    {
        var message = Activities.Message(connector.ServiceUrl, "help", channelId: "msteams");

        var response = await host.PostActivityAsync(message, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Empty(connector.ActivityRequests);
        Assert.False(Directory.Exists(Path.Combine(host.StoragePath, "conversations")), "nothing may be stored for a refused activity");
    }
}
