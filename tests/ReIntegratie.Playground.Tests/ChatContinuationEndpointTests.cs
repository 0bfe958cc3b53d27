using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ReIntegratie.Playground.Tests;

/// <summary>
/// What continuing a Web Chat conversation needs from the development Direct Line, over real HTTP: a
/// token bound to its conversation, refreshing it, reconnecting with the history from a watermark, and
/// exchanging a token that expired while the tab was closed at the page's token endpoint.
/// </summary>
public sealed class ChatContinuationEndpointTests : DirectLineServerTest
{
    private readonly ShiftedClock clock;

    public ChatContinuationEndpointTests()
        : this(new ShiftedClock())
    {
    }

    private ChatContinuationEndpointTests(ShiftedClock clock)
        : base(clock) => this.clock = clock;

    [Fact]
    public async Task RefreshedToken_ShouldWorkForTheSameConversationAndUser_AndNeitherTokenForAnotherOne()
    {
        var (conversationId, token) = await DirectLine.StartAsync();
        var (otherId, _) = await DirectLine.StartAsync();

        using var refresh = await DirectLine.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token);
        var refreshed = (await refresh.Content.ReadFromJsonAsync<JsonObject>())!;
        var newToken = refreshed["token"]!.GetValue<string>();
        using var posted = await DirectLine.PostActivityAsync(conversationId, newToken, DirectLineClient.Message("hallo", "client-5"));
        using var foreign = await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{otherId}/activities", newToken);

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(conversationId, refreshed["conversationId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var (activities, _) = await DirectLine.GetActivitiesAsync(conversationId, token);
        Assert.Single(activities.Where(a => a["from"]!["role"]!.GetValue<string>() == "user").Select(a => a["from"]!["id"]!.GetValue<string>()).Distinct());
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
    }

    [Fact]
    public async Task Reconnect_ShouldGiveAFreshToken_AndReplayTheHistoryFromTheWatermark()
    {
        var (conversationId, token) = await DirectLine.StartAsync();
        var (all, watermark) = await DirectLine.GetActivitiesAsync(conversationId, token);
        using var sent = await DirectLine.PostActivityAsync(conversationId, token, DirectLineClient.Message("help", "c1"));

        using var reconnect = await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark={watermark}", token);
        var reconnected = (await reconnect.Content.ReadFromJsonAsync<JsonObject>())!;
        var fromStart = (await DirectLine.GetActivitiesAsync(conversationId, reconnected["token"]!.GetValue<string>())).Activities;
        var afterMark = (await DirectLine.GetActivitiesAsync(conversationId, token, watermark)).Activities;

        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.Equal(conversationId, reconnected["conversationId"]!.GetValue<string>());
        Assert.Equal(all.Select(a => a["id"]!.GetValue<string>()), fromStart.Take(all.Count).Select(a => a["id"]!.GetValue<string>()));
        Assert.Equal(fromStart.Skip(all.Count).Select(a => a["id"]!.GetValue<string>()), afterMark.Select(a => a["id"]!.GetValue<string>()));
        Assert.Contains(afterMark, a => a["text"]?.GetValue<string>() == "help");
    }

    [Fact]
    public async Task ExpiredToken_ShouldBeExchangedAtThePagesTokenEndpoint_ForOneOfTheSameConversation()
    {
        var (conversationId, token) = await DirectLine.StartAsync();
        clock.Advance(TimeSpan.FromDays(2));

        using var expired = await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);
        using var renew = await RenewAsync(token);
        var renewed = (await renew.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renew.StatusCode);
        Assert.Equal(conversationId, renewed["conversationId"]!.GetValue<string>());
        Assert.NotEmpty((await DirectLine.GetActivitiesAsync(conversationId, renewed["token"]!.GetValue<string>())).Activities);
    }

    [Fact]
    public async Task TokenEndpoint_ShouldRefuseATokenTooOldOrNotOurs()
    {
        var (_, token) = await DirectLine.StartAsync();
        using var forged = await RenewAsync(token[..^4] + "AAAA");
        clock.Advance(TimeSpan.FromDays(15));

        using var tooOld = await RenewAsync(token);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tooOld.StatusCode);
    }

    private Task<HttpResponseMessage> RenewAsync(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "playground/api/chat-token");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Http.SendAsync(request);
    }

    /// <summary>The real clock, moved forward on demand (a tab closed for days).</summary>
    private sealed class ShiftedClock : TimeProvider
    {
        private TimeSpan offset;

        public void Advance(TimeSpan by) => offset += by;

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }
}
