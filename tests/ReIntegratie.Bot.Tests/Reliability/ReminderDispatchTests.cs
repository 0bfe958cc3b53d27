using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Moq.Protected;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Channel.Connector;
using ReIntegratie.Bot.Registrations;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Tests.Reliability;

/// <summary>
/// Registration reminders for many clients, dispatched by two bot instances on one Azurite (blob
/// storage), one of which is killed while it holds reminders it has not sent.
/// </summary>
public sealed partial class ReminderDispatchTests : IAsyncLifetime
{
    private const string Tenant = "tenant-reminders";
    private const int Clients = 40; // more than one batch (32), so both instances get work

    private readonly FakeTimeProvider firstClock = new(new DateTimeOffset(2026, 10, 20, 8, 0, 0, TimeSpan.Zero));
    private readonly FakeTimeProvider secondClock = new(new DateTimeOffset(2026, 10, 20, 8, 0, 0, TimeSpan.Zero));
    private readonly TaskCompletionSource stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoopbackConnector connector = null!;
    private Azure.Storage.Blobs.BlobContainerClient container = null!;
    private Dictionary<string, string?> settings = null!;

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        container = await Azurite.NewContainerAsync();
        settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:ConnectionString"] = Azurite.ConnectionString,
            ["Storage:Container"] = container.Name,
            ["Scheduling:Provider"] = "AzureQueue",
            ["Scheduling:QueueName"] = "q" + Guid.NewGuid().ToString("N")[..20],
            ["Scheduling:PollInterval"] = "30.00:00:00", // the test dispatches; the fake clocks must not wake the loop
            ["Scheduling:MaxParallelism"] = "1", // one batch of 32 at a time: the second instance holds one batch when it is killed
            ["Scheduling:LeaseDuration"] = "00:00:15",
            ["Scheduling:SweepGrace"] = "00:00:00",
            ["Scheduling:RetryBaseDelay"] = "00:00:00",
            ["Professionals:AllowedTenantIds:0"] = Tenant,
        };
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        await container.DeleteIfExistsAsync();
    }

    [Fact]
    public async Task EveryDueReminder_ShouldReachItsClientExactlyOnce_WhenOneOfTwoInstancesIsKilledMidDispatch()
    {
        await using var first = new BotHost(settings, services => services.AddSingleton<TimeProvider>(firstClock));
        var second = new BotHost(settings, services =>
        {
            services.AddSingleton<TimeProvider>(secondClock);
            services.AddHttpClient<ConnectorClient>().AddHttpMessageHandler(() => Stalling(stalled));
        });
        var clients = await AssignOmaToClientsAsync(first);
        connector.Clear();

        // Wednesday 21 October, 12:30 summer time: every client's first reminder is due. The second
        // instance claims one batch and hangs in its sends; the first sends the rest meanwhile.
        SetBothClocks(new DateTimeOffset(2026, 10, 21, 10, 31, 0, TimeSpan.Zero));
        using var kill = new CancellationTokenSource();
        var killed = Reminders(second).DispatchDueAsync(kill.Token);
        await stalled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var firstRan = await Reminders(first).DispatchDueAsync(default);
        await kill.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => killed);
        await second.DisposeAsync();

        // The killed instance's claims run out; the survivor's next round takes them over.
        firstClock.Advance(TimeSpan.FromMinutes(1));
        var recovered = await Reminders(first).DispatchDueAsync(default);
        var afterwards = await Reminders(first).DispatchDueAsync(default);

        Assert.Equal(Clients - ReminderDispatcher.BatchSize, firstRan);
        Assert.Equal(ReminderDispatcher.BatchSize, recovered);
        Assert.Equal(0, afterwards);
        foreach (var conversation in clients)
        {
            Assert.Single(connector.ActivityRequests, r => r.Activity.Conversation?.Id == conversation && ClientChat.CardOf(r.Activity) is not null);
        }

        // Every minute up to the current one is settled: the watermark moved past the due minute.
        Assert.Equal(new DateTimeOffset(2026, 10, 21, 10, 32, 0, TimeSpan.Zero), await first.Services.GetRequiredService<ReminderIndex>().ReadWatermarkAsync(default));
    }

    private void SetBothClocks(DateTimeOffset instant)
    {
        firstClock.SetUtcNow(instant);
        secondClock.SetUtcNow(instant);
    }

    private static ReminderDispatcher Reminders(BotHost host) => host.Services.GetRequiredService<ReminderDispatcher>();

    /// <summary>Each client: an appointment, the invitation redeemed with consent, and an OMA assignment from tomorrow.</summary>
    private async Task<List<string>> AssignOmaToClientsAsync(BotHost host)
    {
        var professional = ClientChat.Professional(host, connector, Tenant);
        var appointments = host.Services.GetRequiredService<AppointmentStore>();
        var conversations = new List<string>();
        for (var index = 0; index < Clients; index++)
        {
            var form = ClientChat.CardOf((await professional.SayAsync("nieuwe afspraak")).Single())!;
            var created = await professional.SubmitAsync(new JsonObject
            {
                ["action"] = "createAppointment", ["formId"] = form["actions"]![0]!["data"]!["formId"]!.GetValue<string>(),
                ["clientName"] = "Sam", ["date"] = "2026-11-30", ["time"] = "10:00", ["language"] = "nl", ["parts"] = "cards", ["leadTime"] = "24",
            });
            var client = new ClientChat(host, connector, $"client-{index:D3}", "webchat");
            await client.SayAsync(InvitationCode().Match(created[0].Text!).Value);
            await client.PressAsync(client.LastReply!, BotTexts.Nl("journey.consent.yes"));
            var appointmentId = (await appointments.ReadProfessionalAsync("prof-1", default))!.AppointmentIds[^1];
            var assigned = await professional.SubmitAsync(new JsonObject
            {
                ["action"] = "assignRegistration", ["appointmentId"] = appointmentId, ["formId"] = Guid.NewGuid().ToString("N"),
                ["registrationType"] = "OmaRegistration", ["complaint"] = "hoofdpijn", ["startDate"] = "2026-10-21", ["durationDays"] = "14",
            });
            Assert.Contains("42", assigned.Single().Text);
            conversations.Add(client.ConversationId);
        }

        return conversations;
    }

    [GeneratedRegex("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex InvitationCode();

    /// <summary>The killed instance's way out: its connector calls hang until it is stopped.</summary>
    private static DelegatingHandler Stalling(TaskCompletionSource entered)
    {
        var handler = new Mock<DelegatingHandler>();
        handler.Protected()
            .Setup<Task<HttpResponseMessage>>("SendAsync", ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>())
            .Returns(async (HttpRequestMessage _, CancellationToken cancellationToken) =>
            {
                entered.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
                throw new OperationCanceledException(cancellationToken);
            });
        return handler.Object;
    }
}
