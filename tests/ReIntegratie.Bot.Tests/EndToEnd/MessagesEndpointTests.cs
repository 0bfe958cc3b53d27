using System.Text.Json;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Tests.EndToEnd;

public sealed class MessagesEndpointTests : IAsyncLifetime
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
    public async Task Message_ShouldBeAnsweredAtTheServiceUrl_AsAReplyWithTheRightIds()
    {
        var message = Activities.Message(connector.ServiceUrl, "help", conversationId: "a:conv;1@x", id: "msg|0001");

        var response = await host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(connector.ActivityRequests);
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
        await host.PostActivityAsync(Activities.MembersAdded(connector.ServiceUrl));

        var texts = connector.ActivityRequests.Select(r => r.Activity.Text).ToList();
        Assert.Equal([BotTexts.Nl("bot.welcome"), BotTexts.Nl("journey.code.ask")], texts);
    }

    [Fact]
    public async Task ConversationUpdate_ShouldGreetInEnglish_WhenTheLocaleIsEnglish()
    {
        await host.PostActivityAsync(Activities.MembersAdded(connector.ServiceUrl, locale: "en-US"));

        Assert.Equal(BotTexts.En("bot.welcome"), connector.ActivityRequests[0].Activity.Text);
    }

    [Fact]
    public async Task ConversationUpdate_ShouldGreetOnlyOnce_WhenItArrivesAgain()
    {
        await host.PostActivityAsync(Activities.MembersAdded(connector.ServiceUrl));
        await host.PostActivityAsync(Activities.MembersAdded(connector.ServiceUrl));

        Assert.Equal(2, connector.ActivityRequests.Count);
    }

    [Fact]
    public async Task OtherText_ShouldAskForTheInvitationCode_WhenNoJourneyHasStarted()
    {
        await host.PostActivityAsync(Activities.Message(connector.ServiceUrl, "wat is het weer?"));

        Assert.Equal(BotTexts.Nl("journey.code.ask"), Assert.Single(connector.ActivityRequests).Activity.Text);
    }

    [Fact]
    public async Task Invoke_ShouldBeAnsweredInTheHttpResponseBody()
    {
        var invoke = Activities.Of(ActivityTypes.Invoke, connector.ServiceUrl);
        invoke.Name = "adaptiveCard/action";

        var response = await host.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        Assert.Empty(connector.ActivityRequests);
    }

    [Fact]
    public async Task UnknownActivityType_ShouldBeAcknowledgedAndIgnored()
    {
        var response = await host.PostActivityAsync(Activities.Of("messageReaction", connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(connector.Requests);
        Assert.False(Directory.Exists(Path.Combine(host.StoragePath, "conversations")));
    }

    [Fact]
    public async Task Typing_ShouldBeAcknowledgedWithoutAnswer()
    {
        var response = await host.PostActivityAsync(Activities.Of(ActivityTypes.Typing, connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task DuplicateActivity_ShouldBeProcessedOnce_WhenTheChannelRetries()
    {
        var message = Activities.Message(connector.ServiceUrl, "help", id: "retry-1");

        var first = await host.PostActivityAsync(message);
        var second = await host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(connector.ActivityRequests);
    }

    [Fact]
    public async Task DuplicateActivities_ShouldBeProcessedOnce_WhenTheyArriveAtTheSameTime()
    {
        var message = Activities.Message(connector.ServiceUrl, "help", id: "same-time");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.PostActivityAsync(message)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(connector.ActivityRequests);
    }

    [Fact]
    public async Task MessagesOfOneConversation_ShouldAllBeProcessed_WhenTheyArriveAtOnce()
    {
        var messages = Enumerable.Range(0, 20).Select(i => Activities.Message(connector.ServiceUrl, "help", id: $"burst-{i}")).ToList();

        await Task.WhenAll(messages.Select(m => host.PostActivityAsync(m)));

        Assert.Equal(20, connector.ActivityRequests.Count);
        var stored = await File.ReadAllTextAsync(Path.Combine(host.StoragePath, "conversations", "emulator", "conv-1.json"));
        using var state = JsonDocument.Parse(stored);
        var ids = state.RootElement.GetProperty("recentActivityIds").EnumerateArray().Select(e => e.GetString()).ToHashSet();
        Assert.All(messages, m => Assert.Contains(m.Id, ids));
    }

    [Fact]
    public async Task MalformedJson_ShouldGet400()
    {
        var response = await host.PostRawAsync("{\"type\": \"message\", ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OversizeBody_ShouldGet413()
    {
        var message = Activities.Message(connector.ServiceUrl, new string('x', 300 * 1024));

        var response = await host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(connector.Requests);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("channelId")]
    [InlineData("conversation")]
    [InlineData("serviceUrl")]
    public async Task ActivityWithoutARequiredField_ShouldGet400(string field)
    {
        var json = JsonSerializer.SerializeToNode(Activities.Message(connector.ServiceUrl, "help"), ProtocolJson.Options)!.AsObject();
        json.Remove(field);

        var response = await host.PostRawAsync(json.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task ServiceUrlThatIsNotHttp_ShouldGet400()
    {
        var message = Activities.Message("file:///etc/passwd", "help");

        var response = await host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GetOnTheMessagesEndpoint_ShouldGet405()
    {
        var response = await host.CreateClient().GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task HealthProbe_ShouldAnswer200()
    {
        var response = await host.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task DamagedConversationDocument_ShouldGive503AndStayUntouched()
    {
        var path = Path.Combine(host.StoragePath, "conversations", "emulator", "conv-1.json");
        await host.PostActivityAsync(Activities.Message(connector.ServiceUrl, "help"));
        await File.WriteAllTextAsync(path, "{ not json");

        var response = await host.PostActivityAsync(Activities.Message(connector.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("{ not json", await File.ReadAllTextAsync(path));
    }
}
