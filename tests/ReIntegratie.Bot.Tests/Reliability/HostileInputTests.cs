using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Root;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Tests.Reliability;

/// <summary>Mutated, malformed and hostile activities: the bot answers 4xx or a friendly reply, never 5xx, and stored state survives.</summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private const int Mutations = 2000;
    private LoopbackConnector connector = null!;
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        host = new BotHost(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information", ["Connector:MaxRetries"] = "0" });
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task MutatedActivities_ShouldNeverGet5xx_NorCorruptStoredState()
    {
        var code = await ClientChat.NewAppointmentAsync(host);
        var victim = new ClientChat(host, connector, "victim", "sms");
        await victim.SayAsync(code);
        await victim.SayAsync("ja");
        await victim.SayAsync("1");
        var before = await LoadAsync("sms", "victim");

        var random = new Random(20261124);
        var statuses = new Dictionary<int, int>();
        for (var i = 0; i < Mutations; i++)
        {
            var (body, contentType) = Mutate(random, i);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            var response = await host.CreateClient().PostAsync("/api/messages", content);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status < 500, $"mutation {i} got {status}: {Encoding.UTF8.GetString(body[..Math.Min(300, body.Length)])}");
        }

        Assert.DoesNotContain(host.Logs.Entries, e => e.EventId == 1005); // no turn crashed
        Assert.True(statuses.GetValueOrDefault(200) > Mutations / 10, "too few mutations reached a turn: " + string.Join(", ", statuses));
        var after = await LoadAsync("sms", "victim");
        Assert.Equal(JsonSerializer.Serialize(before.Client, StorageJson.Options), JsonSerializer.Serialize(after.Client, StorageJson.Options));
        await foreach (var key in host.Services.GetRequiredService<IDocumentStore>().ListAsync("conversations/", default))
        {
            Assert.NotNull(await host.Services.GetRequiredService<ConversationStateStore>().LoadAsync(key, default)); // every document still reads
        }
    }

    [Fact]
    public async Task UnexpectedFailureInATurn_ShouldApologiseWith200_AndStoreNothing()
    {
        var throwing = new Mock<IConversationHandler>();
        throwing.Setup(h => h.HandleAsync(It.IsAny<TurnContext>(), It.IsAny<ConversationState>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("a bug"));
        await using var failing = new BotHost(configureServices: services => services.AddSingleton(throwing.Object));

        var response = await failing.PostActivityAsync(Activities.Message(connector.ServiceUrl, "hoi", conversationId: "crash"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(BotTexts.Nl("bot.turnError"), Assert.Single(connector.ActivityRequests).Activity.Text);
        Assert.Contains(failing.Logs.Entries, e => e.EventId == 1005 && e.Level == LogLevel.Error && !e.Message.Contains("hoi"));
        Assert.False(File.Exists(Path.Combine(failing.StoragePath, "conversations", "emulator", "crash.json")));
    }

    [Fact]
    public async Task ClientCardSubmits_ShouldBeRefused_WhenValuesAreOutsideTheAllowedSet()
    {
        var code = await ClientChat.NewAppointmentAsync(host);
        var chat = new ClientChat(host, connector, "tamper", "webchat");
        await chat.SayAsync(code);
        await chat.PressAsync(chat.LastReply!, BotTexts.Nl("journey.consent.yes"));
        var question = chat.LastReply!;

        // The question's option buttons each carry their answer; a tampered one carries another.
        var tampered = ClientAnswerRule.OptionButtons(ClientChat.CardOf(question)!)[0]["data"]!.DeepClone().AsObject();
        tampered["answer"] = "not-an-option,'; drop table";
        var replies = await chat.SubmitAsync(tampered);

        Assert.Equal(BotTexts.Nl("journey.retry.pick"), Assert.Single(replies).Text);
        Assert.Empty((await LoadAsync("webchat", "tamper")).Client!.Answers.Questions);
        Assert.NotNull(question);
    }

    private async Task<ConversationState> LoadAsync(string channel, string conversation) =>
        (await host.Services.GetRequiredService<ConversationStateStore>().LoadAsync(ConversationStateStore.Key(channel, conversation), default))!.Value;

    private (byte[] Body, string ContentType) Mutate(Random random, int index)
    {
        var node = JsonSerializer.SerializeToNode(Base(random, index), ProtocolJson.Options)!.AsObject();
        switch (random.Next(12))
        {
            case 0:
                node.Remove(node.ElementAt(random.Next(node.Count)).Key);
                break;
            case 1:
                node[node.ElementAt(random.Next(node.Count)).Key] = WrongType(random);
                break;
            case 2:
                node["text"] = new string('x', random.Next(1, 300_000));
                break;
            case 3:
                node["value"] = Deep(random.Next(10, 200));
                break;
            case 4:
                var bytes = Encoding.UTF8.GetBytes(node.ToJsonString());
                bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100);
                return (bytes, "application/json");
            case 5:
                node["text"] = "\u0000\u0001\u001b[31m\u202E\u200Bevil\uFEFF\t\r\n";
                break;
            case 6:
                node["text"] = "مرحبا 👩🏽‍💻 שלום 🇳🇱 " + string.Concat(Enumerable.Repeat("🙂", 500));
                break;
            case 7:
                node["type"] = random.Next(3) switch { 0 => "", 1 => "MESSAGE", _ => "💥" };
                break;
            case 8:
                node["serviceUrl"] = random.Next(3) switch { 0 => "ftp://x/", 1 => "javascript:alert(1)", _ => "not a url" };
                break;
            case 9:
                node["value"] = new JsonObject { ["action"] = WrongType(random), ["answer"] = WrongType(random), ["code"] = WrongType(random), ["appointmentId"] = "../../x" };
                break;
            case 10:
                node["conversation"] = new JsonObject { ["id"] = new string('c', random.Next(1, 2000)) };
                break;
            default:
                return (Encoding.UTF8.GetBytes(node.ToJsonString()[..random.Next(1, 40)]), "application/json");
        }

        return (Encoding.UTF8.GetBytes(node.ToJsonString()), "application/json");
    }

    private Activity Base(Random random, int index)
    {
        var conversation = "fuzz-" + random.Next(20);
        var activity = random.Next(5) switch
        {
            0 => Activities.MembersAdded(connector.ServiceUrl, conversation),
            1 => Activities.Of(ActivityTypes.Invoke, connector.ServiceUrl, conversation, "msteams"),
            2 => Activities.Of(ActivityTypes.Event, connector.ServiceUrl, conversation),
            _ => Activities.Message(connector.ServiceUrl, random.Next(3) == 0 ? "help" : "K7QP-M2XD-9RT" + (char)('A' + random.Next(26)), conversation, channelId: random.Next(2) == 0 ? "webchat" : "msteams"),
        };
        activity.Id = $"fuzz-{index}";
        return activity;
    }

    private static JsonNode? WrongType(Random random) => random.Next(5) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next()),
        2 => new JsonArray(1, "two", null),
        3 => new JsonObject { ["nested"] = new JsonObject() },
        _ => JsonValue.Create(true),
    };

    private static JsonNode Deep(int depth)
    {
        JsonNode node = new JsonObject();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonObject { ["d"] = node };
        }

        return node;
    }
}
