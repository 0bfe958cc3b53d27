using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Bot.Channel.Connector;
using ReIntegratie.Bot.Registrations;

namespace ReIntegratie.Bot.Tests.Reliability;

/// <summary>
/// Two bot instances on one local storage folder: one sends a reminder whose connector call reaches
/// the client but never answers (the connector keeps it busy past the claim's lease); the other comes later.
/// </summary>
public sealed class ReminderLeaseTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "reintegratie-tests", Guid.NewGuid().ToString("N"));
    private readonly TaskCompletionSource delivered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoopbackConnector connector = null!;
    private ReminderHost slow = null!;
    private ReminderHost other = null!;

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        slow = ReminderHost.Start(connector, folder, services =>
            services.AddHttpClient<ConnectorClient>().AddHttpMessageHandler(() => new DeliveredButUnanswered(delivered)));
        other = ReminderHost.Start(connector, folder);
    }

    public async Task DisposeAsync()
    {
        await slow.DisposeAsync();
        await other.DisposeAsync();
        await connector.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task AReminder_ShouldNotBeSentAgainByAnotherInstance_WhenItsSendOutlivesTheLease()
    {
        var client = await other.NewClientAsync("client-lease");
        connector.Clear();
        var due = OmaClient.FirstReminder.AddMinutes(1);
        slow.Clock.SetUtcNow(due);
        using var stop = new CancellationTokenSource();
        var sending = slow.Get<ReminderDispatcher>().DispatchDueAsync(stop.Token);
        await delivered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // The slow instance's send runs past half its lease (15 s); the other instance comes after the lease.
        slow.Clock.Advance(TimeSpan.FromSeconds(8));
        var ended = await Task.WhenAny(sending, Task.Delay(TimeSpan.FromSeconds(30))) == sending;
        var sentByOther = await other.DispatchAtAsync(due.AddSeconds(16));
        await stop.CancelAsync();

        Assert.Equal(0, sentByOther);
        Assert.Single(connector.ActivityRequests, r => r.Activity.Conversation?.Id == client.Chat.ConversationId && ClientChat.CardOf(r.Activity) is not null);
        Assert.True(ended);
        Assert.Equal(0, await sending);
    }

    /// <summary>The request reaches the connector; its answer never comes back until the call is cancelled.</summary>
    private sealed class DeliveredButUnanswered(TaskCompletionSource delivered) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var response = await base.SendAsync(request, cancellationToken);
            delivered.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new OperationCanceledException(cancellationToken);
        }
    }
}
