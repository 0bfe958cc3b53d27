using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Tests.EndToEnd;

/// <summary>
/// Anonymous turns, the development Direct Line and the playground answer only a direct connection from
/// this machine: not another host, and not a request a proxy or tunnel (ngrok, dev tunnels) passed on.
/// </summary>
public sealed class LocalOnlyTests : HostedBotTest
{
    public static TheoryData<string, string> ProxyHeaders => new()
    {
        { "X-Forwarded-For", "127.0.0.1" },
        { "X-Forwarded-Host", "localhost:3978" },
        { "X-Forwarded-Proto", "http" },
        { "X-Forwarded-Port", "3978" },
        { "X-Forwarded-Prefix", "/bot" },
        { "Forwarded", "for=127.0.0.1;proto=http" },
        { "X-Original-For", "10.1.2.3:50000" },
    };

    [Theory]
    [MemberData(nameof(ProxyHeaders))]
    public async Task AnonymousTurn_ShouldGet401_WhenTheRequestCameThroughAProxy(string header, string value)
    {
        var status = await PostMessageAsync(IPAddress.Loopback, new Dictionary<string, string> { [header] = value });

        Assert.Equal(StatusCodes.Status401Unauthorized, status);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task AnonymousTurn_ShouldGet401_WhenTheConnectionIsFromAnotherHost()
    {
        var status = await PostMessageAsync(IPAddress.Parse("10.0.0.5"), new Dictionary<string, string>());

        Assert.Equal(StatusCodes.Status401Unauthorized, status);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task AnonymousTurn_ShouldBeRun_WhenTheConnectionIsDirectFromLoopback()
    {
        var status = await PostMessageAsync(IPAddress.Loopback, new Dictionary<string, string>());

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Single(Connector.ActivityRequests);
    }

    [Fact]
    public async Task AnonymousTurn_ShouldJudgeTheConnectionsOwnAddress_WhenAMiddlewareRewroteTheRemoteAddress()
    {
        await using var host = new BotHost(configureServices: services => services.AddTransient<IStartupFilter, TrustEveryForwarder>());

        var status = await ProxiedRequest.SendAsync(host, "POST", MessagesEndpoint.Path, IPAddress.Parse("10.0.0.5"),
            new Dictionary<string, string> { ["X-Forwarded-For"] = "127.0.0.1" }, MessageJson());

        Assert.Equal(StatusCodes.Status401Unauthorized, status);
        Assert.Empty(Connector.Requests);
    }

    [Theory]
    [InlineData("POST", "/v3/directline/tokens/generate", "X-Forwarded-For", "127.0.0.1")]
    [InlineData("POST", "/v3/directline/tokens/generate", "X-Forwarded-Host", "abc.ngrok.app")]
    [InlineData("POST", "/v3/directline/tokens/generate", "X-Forwarded-Proto", "https")]
    [InlineData("POST", "/v3/directline/tokens/generate", "Forwarded", "for=127.0.0.1")]
    [InlineData("POST", "/v3/directline/conversations", "X-Forwarded-For", "127.0.0.1")]
    [InlineData("POST", "/_dev/v3/conversations/x/activities", "X-Forwarded-For", "127.0.0.1")]
    [InlineData("GET", "/playground/api/form", "X-Forwarded-Host", "abc.devtunnels.ms")]
    [InlineData("GET", "/", "X-Forwarded-For", "127.0.0.1")]
    [InlineData("GET", "/index.html", "X-Forwarded-Proto", "https")]
    public async Task Playground_ShouldAnswer404_WhenTheRequestCameThroughAProxy(string method, string path, string header, string value)
    {
        var status = await ProxiedRequest.SendAsync(Host, method, path, IPAddress.Loopback, new Dictionary<string, string> { [header] = value });

        Assert.Equal(StatusCodes.Status404NotFound, status);
    }

    [Theory]
    [InlineData("POST", "/v3/directline/tokens/generate")]
    [InlineData("GET", "/playground/api/form")]
    [InlineData("GET", "/")]
    public async Task Playground_ShouldAnswer_WhenTheRequestIsDirectFromLoopback(string method, string path)
    {
        var status = await ProxiedRequest.SendAsync(Host, method, path, IPAddress.Loopback, new Dictionary<string, string>());

        Assert.Equal(StatusCodes.Status200OK, status);
    }

    private Task<int> PostMessageAsync(IPAddress remoteAddress, IReadOnlyDictionary<string, string> headers) =>
        ProxiedRequest.SendAsync(Host, "POST", MessagesEndpoint.Path, remoteAddress, headers, MessageJson());

    private string MessageJson() => JsonSerializer.Serialize(Activities.Message(Connector.ServiceUrl, "help"), ProtocolJson.Options);
}
