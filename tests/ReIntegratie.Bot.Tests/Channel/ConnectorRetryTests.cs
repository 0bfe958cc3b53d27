using Microsoft.Extensions.Logging;

namespace ReIntegratie.Bot.Tests.Channel;

public sealed class ConnectorRetryTests : IAsyncLifetime
{
    private LoopbackConnector connector = null!;
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        host = new BotHost();
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Reply_ShouldBeRetriedAfterTheRetryAfterDelay_When429()
    {
        connector.EnqueueResponse(429, "{\"error\":{\"code\":\"Throttled\"}}", retryAfter: "1");

        await host.PostActivityAsync(Activities.Message(connector.ServiceUrl, "help"));

        var calls = connector.ActivityRequests;
        Assert.Equal(2, calls.Count);
        // The configured backoff is 10 ms; only Retry-After explains a gap of about a second.
        Assert.True(calls[1].ReceivedAt - calls[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), $"gap was {calls[1].ReceivedAt - calls[0].ReceivedAt}");
        Assert.Equal(calls[0].Body, calls[1].Body);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Reply_ShouldBeRetried_WhenTheConnectorIsTemporarilyUnavailable(int status)
    {
        connector.EnqueueResponse(status);
        connector.EnqueueResponse(status);

        var response = await host.PostActivityAsync(Activities.Message(connector.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, connector.ActivityRequests.Count);
    }

    [Theory]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(400, "BadArgument")]
    [InlineData(500, "ServiceError")]
    public async Task Reply_ShouldNotBeRetriedButLogged_WhenTheConnectorRefuses(int status, string code)
    {
        connector.EnqueueResponse(status, $"{{\"error\":{{\"code\":\"{code}\",\"message\":\"no\"}}}}");

        var response = await host.PostActivityAsync(Activities.Message(connector.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(connector.ActivityRequests);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Error && e.EventId == 1201 && e.Message.Contains(status.ToString()) && e.Message.Contains(code));
    }

    [Fact]
    public async Task Reply_ShouldGiveUpWithALoggedError_WhenTheConnectorStaysUnavailable()
    {
        for (var i = 0; i < 10; i++)
        {
            connector.EnqueueResponse(503);
        }

        var response = await host.PostActivityAsync(Activities.Message(connector.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, connector.ActivityRequests.Count); // first try + Connector:MaxRetries (4)
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Error && e.EventId == 1201);
    }
}
