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
    /// <summary>Only against a hang: nothing here waits on the real clock otherwise.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);
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
        var sending = slow.Get<ReminderDispatcher>().DispatchDueAsync(default);
        await delivered.Task.WaitAsync(HangGuard);

        // The send window (half the 15 s lease) started on the fake clock when the batch was claimed: moving
        // the clock past it ends the hanging send at once. The other instance comes after the lease.
        slow.Clock.Advance(TimeSpan.FromSeconds(8));
        var sentBySlow = await sending.WaitAsync(HangGuard);
        var sentByOther = await other.DispatchAtAsync(due.AddSeconds(16));

        Assert.Equal(0, sentBySlow);
        Assert.Equal(0, sentByOther);
        Assert.Single(connector.ActivityRequests, r => r.Activity.Conversation?.Id == client.Chat.ConversationId && ClientChat.CardOf(r.Activity) is not null);
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
