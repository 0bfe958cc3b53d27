using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Preparation;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Bot.Tests.Reliability;

/// <summary>Many conversations at once, channel retries, and several instances on one store.</summary>
public sealed class ConcurrencyTests : IAsyncLifetime
{
    private LoopbackConnector connector = null!;

    public async Task InitializeAsync() => connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task TwentyConversations_ShouldEachStoreEveryAnswerOnce_WithInterleavingAndDuplicateDeliveries()
    {
        await using var host = new BotHost();
        var chats = new List<(ClientChat Chat, JourneyDriver Driver)>();
        for (var i = 0; i < 20; i++)
        {
            var code = await ClientChat.NewAppointmentAsync(host);
            var chat = new ClientChat(host, connector, $"conv-{i}", "sms") { Deliveries = 1 + (i % 3) };
            await chat.SayAsync(code);
            await chat.SayAsync("ja");
            chats.Add((chat, new JourneyDriver(chat, BotTexts.Nl("journey.review.shared"))));
        }

        var random = new Random(50);
        await Task.WhenAll(chats.Select(async c =>
        {
            for (var turn = 0; turn < 50; turn++)
            {
                await Task.Delay(random.Next(0, 3));
                await c.Driver.StepAsync();
            }
        }));

        var states = host.Services.GetRequiredService<ConversationStateStore>();
        foreach (var (chat, driver) in chats)
        {
            var journey = (await states.LoadAsync(ConversationStateStore.Key("sms", chat.ConversationId), default))!.Value.Client!;
            // Each distinct answer moved the journey exactly one step on: duplicates were not processed again.
            Assert.Equal(driver.Turns, journey.VisitedSteps.Count);
            Assert.Equal(journey.VisitedSteps.Count, journey.VisitedSteps.Distinct().Count());
            Assert.All(chat.Transcript.GroupBy(a => a.ReplyToId), replies =>
                Assert.Equal(replies.Count(), replies.Select(r => r.Text + r.Attachments?.Count).Distinct().Count())); // nothing answered twice
        }
    }

    [Fact]
    public async Task TwoInstancesOnOneAzurite_ShouldLoseAndDoubleNothing_WhenTheyTakeTurnsOfOneConversation()
    {
        var container = await Azurite.NewContainerAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:ConnectionString"] = Azurite.ConnectionString,
            ["Storage:Container"] = container.Name,
        };
        await using var first = new BotHost(new Dictionary<string, string?>(settings));
        await using var second = new BotHost(new Dictionary<string, string?>(settings));
        var code = await ClientChat.NewAppointmentAsync(first);
        var turn = 0;
        var chat = new ClientChat(first, connector, "alternating", "sms") { HostPicker = () => turn++ % 2 == 0 ? first : second };
        await chat.SayAsync(code);
        await chat.SayAsync("ja");
        var driver = new JourneyDriver(chat, BotTexts.Nl("journey.review.shared"));

        await driver.ShareAsync();

        var journey = (await second.Services.GetRequiredService<ConversationStateStore>().ReadFreshAsync(ConversationStateStore.Key("sms", "alternating"), default))!.Client!;
        Assert.Equal(journey.VisitedSteps.Count, journey.VisitedSteps.Distinct().Count());
        Assert.NotNull(journey.SharedAt);
        var shared = (await first.Services.GetRequiredService<PreparationStore>().ReadAsync(first.LastAppointmentId!, default))!.Value;
        Assert.Equal(7, shared.Capabilities.Count);
        Assert.Equal(AppointmentStatus.Shared, (await second.Services.GetRequiredService<AppointmentStore>().ReadAppointmentAsync(first.LastAppointmentId!, default))!.Value.Status);
        await container.DeleteIfExistsAsync();
    }

    [Fact]
    public async Task ConnectorOutage_ShouldNotLoseTheAnswer_AndTheNextTurnCarriesOn()
    {
        await using var host = new BotHost(new Dictionary<string, string?> { ["Connector:MaxRetries"] = "2" });
        var code = await ClientChat.NewAppointmentAsync(host);
        var chat = new ClientChat(host, connector, "outage", "sms");
        await chat.SayAsync(code);
        await chat.SayAsync("ja");
        for (var i = 0; i < 3; i++)
        {
            connector.EnqueueResponse(503);
        }

        await chat.SayAsync("1");          // the reply is lost after 3 tries, the answer is not
        var next = await chat.SayAsync("wat heb ik ingevuld");

        var journey = (await host.Services.GetRequiredService<ConversationStateStore>().LoadAsync(ConversationStateStore.Key("sms", "outage"), default))!.Value.Client!;
        Assert.Equal(["yes"], journey.Answers.AnswerTo("workSituation")?.OptionIds ?? journey.Answers.Questions.Values.First().OptionIds);
        Assert.StartsWith(BotTexts.Nl("journey.answers.header"), next[0].Text);
    }
}
