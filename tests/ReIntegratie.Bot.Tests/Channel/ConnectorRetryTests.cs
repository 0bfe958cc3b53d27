using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReIntegratie.Bot.Tests.Channel;

public sealed class ConnectorRetryTests : HostedBotTest
{
    [Fact]
    public async Task Reply_ShouldBeRetriedAfterTheRetryAfterDelay_When429()
    {
        var observed = new ObservedClock(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var settings = new Dictionary<string, string?> { ["Scheduling:PollInterval"] = "30.00:00:00" };
        await using var host = new BotHost(settings, services => services.AddSingleton(observed.Clock));
        Connector.EnqueueResponse(429, "{\"error\":{\"code\":\"Throttled\"}}", retryAfter: "1");

        var posting = host.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "help"));

        // The configured backoff is 10 ms; the retry waits the second that Retry-After asks for, on the clock.
        Assert.Equal(TimeSpan.FromSeconds(1), await RetryDelayAsync(observed));
        Assert.Single(Connector.ActivityRequests);
        observed.Fake.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await posting.WaitAsync(ObservedClock.HangGuard)).StatusCode);
        var calls = Connector.ActivityRequests;
        Assert.Equal(2, calls.Count);
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

    /// <summary>The first wait the host starts on the clock other than its background loops (30 days) and timers set later.</summary>
    private static async Task<TimeSpan> RetryDelayAsync(ObservedClock observed)
    {
        while (true)
        {
            var due = await observed.NextTimerAsync();
            if (due != Timeout.InfiniteTimeSpan && due < TimeSpan.FromDays(1))
            {
                return due;
            }
        }
    }
}
