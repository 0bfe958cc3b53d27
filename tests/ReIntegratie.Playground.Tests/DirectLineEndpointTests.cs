using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ReIntegratie.Playground.Tests;

/// <summary>The development Direct Line as DirectLineJS sees it (docs/protocol.md §7, §8), over real HTTP to a real host.</summary>
public sealed class DirectLineEndpointTests : DirectLineServerTest
{
    [Fact]
    public async Task StartConversation_ShouldAnswer201ThenThe200_AndLetTheBotGreetWithoutShowingTheConversationUpdate()
    {
        var (conversationId, token) = await DirectLine.GenerateTokenAsync();

        using var first = await DirectLine.SendAsync(HttpMethod.Post, "v3/directline/conversations", token, new JsonObject { ["locale"] = "nl-NL" });
        using var again = await DirectLine.SendAsync(HttpMethod.Post, "v3/directline/conversations", token);
        var (activities, watermark) = await DirectLine.GetActivitiesAsync(conversationId, token);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var started = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(conversationId, started["conversationId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(started["token"]!.GetValue<string>()));
        Assert.Equal(1800, started["expires_in"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotEmpty(activities);
        Assert.All(activities, a => Assert.Equal("bot", a["from"]!["role"]!.GetValue<string>()));
        Assert.DoesNotContain(activities, a => a["type"]!.GetValue<string>() == "conversationUpdate");
        Assert.Equal(activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
    }

    [Fact]
    public async Task StartConversation_ShouldLetTheBotGreetWithoutAToken_WhenDevelopmentRunsWithCredentials()
    {
        using var withAppId = new PlaygroundServer(withCredentials: true);
        using var client = withAppId.CreateHttpClient();
        var line = new DirectLineClient(client);

        var (conversationId, token) = await line.StartAsync();
        var (activities, _) = await line.GetActivitiesAsync(conversationId, token);

        Assert.NotEmpty(activities);
        Assert.All(activities, a => Assert.Equal("bot", a["from"]!["role"]!.GetValue<string>()));
        Assert.DoesNotContain(withAppId.Logs.Lines, logged => logged.Contains("not trusted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostActivity_ShouldEchoTheUserActivity_WithServerIdTimestampRoleAndClientActivityId()
    {
        var (conversationId, token) = await DirectLine.StartAsync();
        var (_, before) = await DirectLine.GetActivitiesAsync(conversationId, token);

        using var posted = await DirectLine.PostActivityAsync(conversationId, token, DirectLineClient.Message("hallo", "client-1"));
        var (newer, _) = await DirectLine.GetActivitiesAsync(conversationId, token, before);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        Assert.Matches("^" + conversationId + @"\|\d{7}$", id);
        var echo = Assert.Single(newer, a => a["id"]!.GetValue<string>() == id);
        Assert.Equal("hallo", echo["text"]!.GetValue<string>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.StartsWith("dl_", echo["from"]!["id"]!.GetValue<string>(), StringComparison.Ordinal); // the token's user, not what the client claimed
        Assert.Equal("client-1", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("directline", echo["channelId"]!.GetValue<string>());
        Assert.NotNull(echo["timestamp"]);
        Assert.Equal(newer[0]["id"]!.GetValue<string>(), id); // the echo comes before the bot's answer
    }

    [Fact]
    public async Task BotReplies_ShouldAppearAfterTheEcho_WithIncreasingWatermarks_AndAGetWithAWatermarkReturnsOnlyNewerOnes()
    {
        var (conversationId, token) = await DirectLine.StartAsync();
        var (greeting, afterGreeting) = await DirectLine.GetActivitiesAsync(conversationId, token);

        using var posted = await DirectLine.PostActivityAsync(conversationId, token, DirectLineClient.Message("AAAA-BBBB-CCCC", "client-2"));
        var (newer, afterAnswer) = await DirectLine.GetActivitiesAsync(conversationId, token, afterGreeting);
        var (nothing, unchanged) = await DirectLine.GetActivitiesAsync(conversationId, token, afterAnswer);
        var (everything, _) = await DirectLine.GetActivitiesAsync(conversationId, token);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.True(newer.Count >= 2, "expected the echo and at least one reply");
        Assert.Equal("user", newer[0]["from"]!["role"]!.GetValue<string>());
        Assert.All(newer.Skip(1), reply => Assert.Equal("bot", reply["from"]!["role"]!.GetValue<string>()));
        Assert.DoesNotContain(newer, a => greeting.Any(g => g["id"]!.ToJsonString() == a["id"]!.ToJsonString()));
        var sequence = everything.Select(a => a["channelData"]!["webchat:sequence-id"]!.GetValue<long>()).ToList();
        Assert.Equal(sequence.OrderBy(s => s), sequence);
        Assert.Equal(sequence.Count, sequence.Distinct().Count());
        Assert.True(long.Parse(afterAnswer, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(afterGreeting, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(nothing);
        Assert.Equal(afterAnswer, unchanged);
        Assert.Equal(greeting.Count + newer.Count, everything.Count);
    }

    [Fact]
    public async Task Conversation_ShouldBe404_WhenItWasNeverStarted()
    {
        var (conversationId, token) = await DirectLine.GenerateTokenAsync();

        using var get = await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);
        using var post = await DirectLine.PostActivityAsync(conversationId, token, DirectLineClient.Message("hallo", "client-3"));
        using var reconnect = await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=0", token);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reconnect.StatusCode);
    }

    [Fact]
    public async Task Requests_ShouldBe403_WhenTheTokenIsMissingForgedOrForAnotherConversation()
    {
        var (conversationId, token) = await DirectLine.StartAsync();
        var (otherConversation, otherToken) = await DirectLine.StartAsync();
        var forged = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        using var missing = await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", null);
        using var wrongSignature = await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", forged);
        using var notAToken = await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", "undefined");
        using var foreign = await DirectLine.PostActivityAsync(conversationId, otherToken, DirectLineClient.Message("hallo", "client-4"));
        using var refresh = await DirectLine.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", forged);
        using var start = await DirectLine.SendAsync(HttpMethod.Post, "v3/directline/conversations", forged);

        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongSignature.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notAToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        var (ownActivities, _) = await DirectLine.GetActivitiesAsync(otherConversation, otherToken);
        Assert.DoesNotContain(ownActivities, a => a["from"]!["role"]!.GetValue<string>() == "user");
    }

    [Fact]
    public async Task DevConnector_ShouldDeliverAnUpdateAsANewerActivityWithTheSameId_SoWebChatReplacesIt()
    {
        var (conversationId, token) = await DirectLine.StartAsync();
        var (greeting, watermark) = await DirectLine.GetActivitiesAsync(conversationId, token);
        var original = greeting[0]["id"]!.GetValue<string>();

        using var update = await Http.PutAsync($"_dev/v3/conversations/{conversationId}/activities/{Uri.EscapeDataString(original)}",
            new StringContent("""{"type":"message","text":"changed"}""", System.Text.Encoding.UTF8, "application/json"));
        using var unknown = await Http.PutAsync($"_dev/v3/conversations/{conversationId}/activities/nothing",
            new StringContent("""{"type":"message","text":"changed"}""", System.Text.Encoding.UTF8, "application/json"));
        var (newer, _) = await DirectLine.GetActivitiesAsync(conversationId, token, watermark);

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var replaced = Assert.Single(newer);
        Assert.Equal(original, replaced["id"]!.GetValue<string>());
        Assert.Equal("changed", replaced["text"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task DevConnector_ShouldRefuseRepliesToConversationsItDoesNotKnow()
    {
        using var reply = await Http.PostAsync("_dev/v3/conversations/nobody/activities",
            new StringContent("""{"type":"message","text":"hi"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        Assert.Equal("ConversationNotFound", (await reply.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task PlaygroundPage_ShouldBeServedAtTheRoot_WithOnlyLocalScripts()
    {
        var page = await Http.GetStringAsync("/");

        Assert.Contains("<html lang=\"nl\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>ReIntegratie oefenomgeving <span lang=\"en\">(playground)</span></h1>", page, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", page);
        foreach (var asset in new[] { "lib/webchat.js", "lib/adaptivecards.min.js", "playground.js", "playground.css" })
        {
            using var response = await Http.GetAsync(asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset} is not served ({(int)response.StatusCode}); the bot build copies it from bot/Playground/node_modules");
        }
    }
}
