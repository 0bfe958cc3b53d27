using System.Text.Json;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Tests.EndToEnd;

public sealed class MessagesEndpointTests : HostedBotTest
{
    [Fact]
    public async Task Message_ShouldBeAnsweredAtTheServiceUrl_AsAReplyWithTheRightIds()
    {
        var message = Activities.Message(Connector.ServiceUrl, "help", conversationId: "a:conv;1@x", id: "msg|0001");

        var response = await Host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(Connector.ActivityRequests);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/v3/conversations/a%3Aconv%3B1%40x/activities/msg%7C0001", call.Path);
        var reply = call.Activity;
        Assert.Equal("msg|0001", reply.ReplyToId);
        Assert.Equal("a:conv;1@x", reply.Conversation!.Id);
        Assert.Equal("user-1", reply.Recipient!.Id);
        Assert.Equal("bot-1", reply.From!.Id);
        Assert.Equal(BotTexts.Nl("bot.help"), reply.Text);
        Assert.Null(call.Authorization); // no app id: local development sends no token
    }

    [Fact]
    public async Task ConversationUpdate_ShouldGreetInDutch_WhenTheLocaleIsDutch()
    {
        await Host.PostActivityAsync(Activities.MembersAdded(Connector.ServiceUrl));

        var texts = Connector.ActivityRequests.Select(r => r.Activity.Text).ToList();
        Assert.Equal([BotTexts.Nl("bot.welcome"), BotTexts.Nl("journey.code.ask")], texts);
    }

    [Fact]
    public async Task ConversationUpdate_ShouldGreetInEnglish_WhenTheLocaleIsEnglish()
    {
        await Host.PostActivityAsync(Activities.MembersAdded(Connector.ServiceUrl, locale: "en-US"));

        Assert.Equal(BotTexts.En("bot.welcome"), Connector.ActivityRequests[0].Activity.Text);
    }

    [Fact]
    public async Task ConversationUpdate_ShouldGreetOnlyOnce_WhenItArrivesAgain()
    {
        await Host.PostActivityAsync(Activities.MembersAdded(Connector.ServiceUrl));
        await Host.PostActivityAsync(Activities.MembersAdded(Connector.ServiceUrl));

        Assert.Equal(2, Connector.ActivityRequests.Count);
    }

    [Fact]
    public async Task OtherText_ShouldAskForTheInvitationCode_WhenNoJourneyHasStarted()
    {
        await Host.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "wat is het weer?"));

        Assert.Equal(BotTexts.Nl("journey.code.ask"), Assert.Single(Connector.ActivityRequests).Activity.Text);
    }

    [Fact]
    public async Task Invoke_ShouldBeAnsweredInTheHttpResponseBody()
    {
        var invoke = Activities.Of(ActivityTypes.Invoke, Connector.ServiceUrl);
        invoke.Name = "adaptiveCard/action";

        var response = await Host.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        Assert.Empty(Connector.ActivityRequests);
    }

    [Fact]
    public async Task UnknownActivityType_ShouldBeAcknowledgedAndIgnored()
    {
        var response = await Host.PostActivityAsync(Activities.Of("messageReaction", Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Connector.Requests);
        Assert.False(Directory.Exists(Path.Combine(Host.StoragePath, "conversations")));
    }

    [Fact]
    public async Task Typing_ShouldBeAcknowledgedWithoutAnswer()
    {
        var response = await Host.PostActivityAsync(Activities.Of(ActivityTypes.Typing, Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task DuplicateActivity_ShouldBeProcessedOnce_WhenTheChannelRetries()
    {
        var message = Activities.Message(Connector.ServiceUrl, "help", id: "retry-1");

        var first = await Host.PostActivityAsync(message);
        var second = await Host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(Connector.ActivityRequests);
    }

    [Fact]
    public async Task DuplicateActivities_ShouldBeProcessedOnce_WhenTheyArriveAtTheSameTime()
    {
        var message = Activities.Message(Connector.ServiceUrl, "help", id: "same-time");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Host.PostActivityAsync(message)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(Connector.ActivityRequests);
    }

    [Fact]
    public async Task MessagesOfOneConversation_ShouldAllBeProcessed_WhenTheyArriveAtOnce()
    {
        var messages = Enumerable.Range(0, 20).Select(i => Activities.Message(Connector.ServiceUrl, "help", id: $"burst-{i}")).ToList();

        await Task.WhenAll(messages.Select(m => Host.PostActivityAsync(m)));

        Assert.Equal(20, Connector.ActivityRequests.Count);
        var stored = await File.ReadAllTextAsync(Path.Combine(Host.StoragePath, "conversations", "emulator", "conv-1.json"));
        using var state = JsonDocument.Parse(stored);
        var ids = state.RootElement.GetProperty("recentActivityIds").EnumerateArray().Select(e => e.GetString()).ToHashSet();
        Assert.All(messages, m => Assert.Contains(m.Id, ids));
    }

    [Fact]
    public async Task MalformedJson_ShouldGet400()
    {
        var response = await Host.PostRawAsync("{\"type\": \"message\", ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OversizeBody_ShouldGet413()
    {
        var message = Activities.Message(Connector.ServiceUrl, new string('x', 300 * 1024));

        var response = await Host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("channelId")]
    [InlineData("conversation")]
    [InlineData("serviceUrl")]
    public async Task ActivityWithoutARequiredField_ShouldGet400(string field)
    {
        var json = JsonSerializer.SerializeToNode(Activities.Message(Connector.ServiceUrl, "help"), ProtocolJson.Options)!.AsObject();
        json.Remove(field);

        var response = await Host.PostRawAsync(json.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task ServiceUrlThatIsNotHttp_ShouldGet400()
    {
        var message = Activities.Message("file:///etc/passwd", "help");

        var response = await Host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("text/json")]
    [InlineData(null)]
    public async Task Post_ShouldGet415AndRunNoTurn_WhenTheContentTypeIsNotJson(string? contentType)
    {
        var response = await PostAsync(contentType, origin: null);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON;charset=UTF-8")]
    [InlineData("application/vnd.microsoft.activity+json")]
    public async Task Post_ShouldRunTheTurn_WhenTheContentTypeIsJson(string contentType)
    {
        var response = await PostAsync(contentType, origin: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Connector.ActivityRequests);
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("http://localhost:8080")]
    [InlineData("https://localhost")]
    [InlineData("null")]
    public async Task Post_ShouldGet403AndRunNoTurn_WhenABrowserOfAnotherOriginSendsIt(string origin)
    {
        var response = await PostAsync("application/json", origin);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Theory]
    [InlineData("http://localhost")]
    [InlineData("http://LOCALHOST:80")]
    public async Task Post_ShouldRunTheTurn_WhenTheOriginIsTheBotsOwn(string origin)
    {
        var response = await PostAsync("application/json", origin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Connector.ActivityRequests);
    }

    [Fact]
    public async Task GetOnTheMessagesEndpoint_ShouldGet405()
    {
        var response = await Host.CreateClient().GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task HealthProbe_ShouldAnswer200()
    {
        var response = await Host.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task DamagedConversationDocument_ShouldGive503AndStayUntouched()
    {
        var path = Path.Combine(Host.StoragePath, "conversations", "emulator", "conv-1.json");
        await Host.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "help"));
        await File.WriteAllTextAsync(path, "{ not json");

        var response = await Host.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("{ not json", await File.ReadAllTextAsync(path));
    }

    private async Task<HttpResponseMessage> PostAsync(string? contentType, string? origin)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(Activities.Message(Connector.ServiceUrl, "help"), ProtocolJson.Options));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesEndpoint.Path) { Content = content };
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        return await Host.CreateClient().SendAsync(request);
    }
}
