using Microsoft.Extensions.Logging;

namespace ReIntegratie.Bot.Tests.Channel;

public sealed class ConnectorRetryTests : HostedBotTest
{
    [Fact]
    public async Task Reply_ShouldBeRetriedAfterTheRetryAfterDelay_When429()
    {
        Connector.EnqueueResponse(429, "{\"error\":{\"code\":\"Throttled\"}}", retryAfter: "1");

        await Host.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "help"));

        var calls = Connector.ActivityRequests;
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
        Connector.EnqueueResponse(status);
        Connector.EnqueueResponse(status);

        var response = await Host.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, Connector.ActivityRequests.Count);
    }

    [Theory]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(400, "BadArgument")]
    [InlineData(500, "ServiceError")]
    public async Task Reply_ShouldNotBeRetriedButLogged_WhenTheConnectorRefuses(int status, string code)
    {
        Connector.EnqueueResponse(status, $"{{\"error\":{{\"code\":\"{code}\",\"message\":\"no\"}}}}");

        var response = await Host.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Connector.ActivityRequests);
        Assert.Contains(Host.Logs.Entries, e => e.Level == LogLevel.Error && e.EventId == 1201 && e.Message.Contains(status.ToString()) && e.Message.Contains(code));
    }

    [Fact]
    public async Task Reply_ShouldGiveUpWithALoggedError_WhenTheConnectorStaysUnavailable()
    {
        for (var i = 0; i < 10; i++)
        {
            Connector.EnqueueResponse(503);
        }

        var response = await Host.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, Connector.ActivityRequests.Count); // first try + Connector:MaxRetries (4)
        Assert.Contains(Host.Logs.Entries, e => e.Level == LogLevel.Error && e.EventId == 1201);
    }
}
