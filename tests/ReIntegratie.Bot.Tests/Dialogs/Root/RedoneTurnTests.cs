using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Bot.Tests.Dialogs.Root;

/// <summary>
/// A turn whose state write loses a race is redone on fresh state: what it changes outside its own
/// conversation (consent's appointment update, the share and its summary delivery) happens once.
/// </summary>
public sealed class RedoneTurnTests : IAsyncLifetime
{
    private readonly InterceptedStore store = new();
    private LoopbackConnector connector = null!;
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        host = new BotHost(configureServices: store.Install);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task EveryClientTurn_ShouldBeStoredOnce_AndShareOnceWithOneDelivery_WhenEachTurnLosesItsFirstWrite()
    {
        var code = await ClientChat.NewAppointmentAsync(host);
        var lostRaces = new HashSet<string>();
        store.BeforeWrite = (key, content) =>
        {
            // The first write of each new activity's state loses, as if another instance wrote first.
            if (key.StartsWith("conversations/webchat/", StringComparison.Ordinal) &&
                JsonNode.Parse(content.Span)?["recentActivityIds"]?.AsArray().LastOrDefault()?.GetValue<string>() is { } activity &&
                lostRaces.Add(activity))
            {
                throw new DocumentConflictException(key);
            }

            return Task.CompletedTask;
        };
        var chat = new ClientChat(host, connector, "redo");

        await chat.SayAsync(code);
        var driver = new JourneyDriver(chat, BotTexts.Nl("journey.review.shared"));
        await driver.ShareAsync();

        Assert.True(lostRaces.Count >= driver.Turns, $"{lostRaces.Count} lost races for {driver.Turns} turns");
        var appointment = (await host.Services.GetRequiredService<AppointmentStore>().ReadAppointmentAsync(host.LastAppointmentId!, default))!.Value;
        Assert.Equal(AppointmentStatus.Shared, appointment.Status);
        Assert.NotNull(appointment.StartedAt);
        Assert.Single(await SummaryWorkAsync());
        Assert.Single(chat.Transcript, reply => reply.Text == BotTexts.Nl("journey.review.shared"));
        Assert.Single(chat.Transcript, reply => reply.Text == BotTexts.Nl("journey.consent.given"));
    }

    [Fact]
    public async Task Share_ShouldStayPendingAndBeMadeOnce_WhenStorageFailsWhileItIsMade()
    {
        var code = await ClientChat.NewAppointmentAsync(host);
        var chat = new ClientChat(host, connector, "outage");
        await chat.SayAsync(code);
        var failures = 0;
        store.BeforeWrite = (key, _) =>
            key.EndsWith("/preparation.json", StringComparison.Ordinal) && failures++ == 0
                ? throw new StorageUnavailableException("storage down for a moment")
                : Task.CompletedTask;

        await new JourneyDriver(chat, BotTexts.Nl("journey.review.shared")).ShareAsync();
        var preparationKey = AppointmentStore.ClientPrefix(host.LastAppointmentId!) + "preparation.json";
        var afterShare = await host.Services.GetRequiredService<IDocumentStore>().ReadAsync(preparationKey, default);
        await chat.SayAsync("hallo");

        Assert.Null(afterShare);
        Assert.NotNull(await host.Services.GetRequiredService<IDocumentStore>().ReadAsync(preparationKey, default));
        Assert.Single(await SummaryWorkAsync());
        store.Mock.Verify(s => s.CreateAsync(preparationKey, It.IsAny<ReadOnlyMemory<byte>>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task ShareMadeAgain_ShouldChangeNothing_WhenAnotherInstanceFindsItStillListedInTheStoredState()
    {
        var code = await ClientChat.NewAppointmentAsync(host);
        var chat = new ClientChat(host, connector, "again");
        await chat.SayAsync(code);
        await new JourneyDriver(chat, BotTexts.Nl("journey.review.shared")).ShareAsync();
        var shared = (await host.Services.GetRequiredService<AppointmentStore>().ReadAppointmentAsync(host.LastAppointmentId!, default))!.Value;
        await using var other = new BotHost(new Dictionary<string, string?> { ["Storage:Path"] = host.StoragePath });

        chat.HostPicker = () => other;
        await chat.SayAsync("hallo");

        var after = (await other.Services.GetRequiredService<AppointmentStore>().ReadAppointmentAsync(host.LastAppointmentId!, default))!.Value;
        Assert.Equal(shared.SharedAt, after.SharedAt);
        Assert.Single(await SummaryWorkAsync());
    }

    [Fact]
    public async Task Share_ShouldTakeItsAnswersBack_WhenTheDataIsErasedWhileItWrites()
    {
        var code = await ClientChat.NewAppointmentAsync(host);
        var chat = new ClientChat(host, connector, "race");
        await chat.SayAsync(code);
        store.BeforeWrite = async (key, _) =>
        {
            if (key.EndsWith("/preparation.json", StringComparison.Ordinal))
            {
                store.BeforeWrite = null;
                await host.Services.GetRequiredService<AppointmentService>().DeleteClientDataAsync(host.LastAppointmentId!, default);
            }
        };

        await new JourneyDriver(chat, BotTexts.Nl("journey.review.shared")).ShareAsync();

        var left = new List<string>();
        await foreach (var key in host.Services.GetRequiredService<IDocumentStore>().ListAsync(AppointmentStore.ClientPrefix(host.LastAppointmentId!), default))
        {
            left.Add(key);
        }

        Assert.Empty(left);
        Assert.Empty(await SummaryWorkAsync());
    }

    /// <summary>Summary deliveries after a share, pending or done.</summary>
    private async Task<List<string>> SummaryWorkAsync()
    {
        var ids = new List<string>();
        foreach (var folder in new[] { "scheduling/work/", "scheduling/done/" })
        {
            await foreach (var key in host.Services.GetRequiredService<IDocumentStore>().ListAsync(folder, default))
            {
                if (Bot.Scheduling.WorkKeys.IdOf(key) is { } id && id.Contains("summary-shared", StringComparison.Ordinal))
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }
}
