using System.Diagnostics;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Time.Testing;
using Moq;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Scheduling.Queue;
using ReIntegratie.Bot.Storage.Blob;
using Xunit.Abstractions;

namespace ReIntegratie.Bot.Tests.Scheduling;

/// <summary>
/// Scheduled work on Azurite: blob documents and a real queue. Work is scheduled already due (delay 0),
/// so no test waits for queue visibility; the delay itself is checked in <see cref="QueueDelayTests"/>.
/// </summary>
public sealed class QueueSchedulingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly SchedulingOptions options = SchedulingInstance.DefaultOptions();
    private readonly Mock<IWorkHandler> summaries = WorkHandlerMock.Of("summary");
    private BlobContainerClient container = null!;
    private QueueClient queue = null!;

    public async Task InitializeAsync()
    {
        container = await Azurite.NewContainerAsync();
        queue = NewQueueClient();
        await queue.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await queue.DeleteIfExistsAsync();
        await container.DeleteIfExistsAsync();
    }

    /// <summary>Each instance has its own clients, as separate processes would.</summary>
    private SchedulingInstance NewInstance(params Mock<IWorkHandler>[] handlers) =>
        SchedulingInstance.Queue(
            new BlobDocumentStore(new BlobServiceClient(Azurite.ConnectionString).GetBlobContainerClient(container.Name)),
            NewQueueClient(queue.Name),
            clock,
            options,
            [.. (handlers.Length == 0 ? [summaries] : handlers).Select(h => h.Object)]);

    private static QueueClient NewQueueClient(string? name = null) =>
        new(Azurite.ConnectionString, name ?? "t" + Guid.NewGuid().ToString("N"), new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });

    private ScheduledWork Due(string id, string kind = "summary") => new(id, kind, "{}", clock.GetUtcNow());

    private async Task<int> QueuedMessagesAsync() => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;

    private async Task<int> VisibleMessagesAsync() => (await queue.PeekMessagesAsync(32)).Value.Length;

    [Fact]
    public async Task DueWork_ShouldRunOnceAndLeaveNoMessage_WhenDispatched()
    {
        var instance = NewInstance();
        await instance.Scheduler.ScheduleAsync(Due("summary/apt-1/before"), default);
        Assert.Equal(1, await VisibleMessagesAsync());

        Assert.Equal(1, await instance.Dispatcher.DispatchDueAsync(default));
        Assert.Equal(0, await instance.Dispatcher.DispatchDueAsync(default));

        Assert.Equal(1, summaries.CallsOf("summary/apt-1/before"));
        Assert.Equal(0, await QueuedMessagesAsync());
        Assert.True(await instance.Store.IsDoneAsync("summary/apt-1/before", default));
        Assert.Null(await instance.Store.ReadWorkAsync("summary/apt-1/before", default));
    }

    [Fact]
    public async Task Schedule_ShouldSendAPlainJsonMessageWithADelay_WhenTheWorkIsAhead()
    {
        var instance = NewInstance();
        await instance.Scheduler.ScheduleAsync(Due("reminder/as-1/ë"), default);
        var message = Assert.Single((await queue.PeekMessagesAsync()).Value);
        Assert.True(WorkMessage.TryParse(message.MessageText, out var body));
        Assert.Equal(("reminder/as-1/ë", clock.GetUtcNow()), (body.Id, body.RunAt));

        await instance.Scheduler.ScheduleAsync(Due("summary/apt-1/before") with { DueAt = clock.GetUtcNow().AddHours(3) }, default);

        Assert.Equal(2, await QueuedMessagesAsync());
        Assert.Equal(1, await VisibleMessagesAsync());
    }

    [Fact]
    public async Task TwoInstances_ShouldRunEveryItemExactlyOnce_When200DueItemsCompeteOnOneQueue()
    {
        var first = NewInstance();
        var second = NewInstance();
        const int count = 200;
        await Parallel.ForAsync(0, count, async (i, token) =>
        {
            // Scheduling twice for the same time leaves two valid messages per item: both instances may get one.
            await first.Scheduler.ScheduleAsync(Due($"summary/apt-{i}/before"), token);
            await second.Scheduler.ScheduleAsync(Due($"summary/apt-{i}/before"), token);
        });

        var stopwatch = Stopwatch.StartNew();
        var ran = await Task.WhenAll(DrainAsync(first), DrainAsync(second));
        stopwatch.Stop();
        output.WriteLine($"{count} items, {2 * count} messages, 2 instances: {stopwatch.ElapsedMilliseconds} ms; ran {ran[0]} + {ran[1]}");

        Assert.Equal(count, summaries.CallsById().Count);
        Assert.All(summaries.CallsById(), pair => Assert.Equal(1, pair.Value));
        Assert.Equal(count, ran.Sum());
        Assert.All(ran, instanceRan => Assert.True(instanceRan > 0, "both instances should have run work"));
        await foreach (var id in first.Store.ListWorkIdsAsync(default))
        {
            Assert.Fail($"work {id} was left pending");
        }

        async Task<int> DrainAsync(SchedulingInstance instance)
        {
            // Every message is visible at once; rounds end when the queue is empty (bounded, against a hang).
            var total = 0;
            for (var round = 0; round < 100 && await QueuedMessagesAsync() > 0; round++)
            {
                total += await instance.Dispatcher.DispatchDueAsync(default);
            }

            return total;
        }
    }

    [Fact]
    public async Task ClaimedWork_ShouldRunOnAnotherInstance_WhenTheClaimingInstanceDiedAndTheLeaseExpired()
    {
        var survivor = NewInstance();
        await survivor.Scheduler.ScheduleAsync(Due("summary/apt-1/before"), default);
        // The dead instance wrote its claim and never completed; its message surfaced again after the visibility timeout.
        await survivor.Store.CreateClaimAsync(new WorkClaim("summary/apt-1/before", "dead-instance", clock.GetUtcNow() + options.LeaseDuration), default);

        clock.Advance(options.LeaseDuration + TimeSpan.FromSeconds(1));

        Assert.Equal(1, await survivor.Dispatcher.DispatchDueAsync(default));
        Assert.Equal(1, summaries.CallsOf("summary/apt-1/before"));
        Assert.Equal(0, await QueuedMessagesAsync());
        Assert.Null(await survivor.Store.ReadClaimAsync("summary/apt-1/before", default));
    }

    [Fact]
    public async Task ClaimedWork_ShouldNotRunAndKeepItsMessage_WhileAnotherInstanceHoldsTheLease()
    {
        var other = NewInstance();
        await other.Scheduler.ScheduleAsync(Due("summary/apt-1/before"), default);
        await other.Store.CreateClaimAsync(new WorkClaim("summary/apt-1/before", "busy-instance", clock.GetUtcNow() + options.LeaseDuration), default);

        Assert.Equal(0, await other.Dispatcher.DispatchDueAsync(default));

        Assert.Empty(summaries.Handled());
        Assert.Equal(1, await QueuedMessagesAsync()); // hidden until the lease it was received with runs out
        Assert.Equal(0, await VisibleMessagesAsync());
        Assert.NotNull(await other.Store.ReadWorkAsync("summary/apt-1/before", default));
    }

    [Fact]
    public async Task WorkMoreThanSevenDaysAhead_ShouldBeReenqueuedNotRun_WhenItsMessageSurfaces()
    {
        var instance = NewInstance();
        var runAt = clock.GetUtcNow().AddDays(10);
        await instance.Scheduler.ScheduleAsync(new ScheduledWork("summary/apt-1/before", "summary", "{}", runAt), default);
        Assert.Equal(1, await QueuedMessagesAsync());
        Assert.Equal(0, await VisibleMessagesAsync());

        // Seven days later the capped message surfaces: simulated by replacing it with a visible copy.
        await queue.ClearMessagesAsync();
        await queue.SendMessageAsync(new WorkMessage("summary/apt-1/before", runAt).ToText());
        clock.Advance(TimeSpan.FromDays(7));

        Assert.Equal(0, await instance.Dispatcher.DispatchDueAsync(default));

        Assert.Empty(summaries.Handled());
        Assert.Equal(1, await QueuedMessagesAsync());
        Assert.Equal(0, await VisibleMessagesAsync());
        Assert.Contains(instance.Logs.Entries, entry => entry.EventId == 5041 && entry.Message.Contains("3.00:00:00"));
        Assert.NotNull(await instance.Store.ReadWorkAsync("summary/apt-1/before", default));
    }

    [Fact]
    public async Task StaleMessages_ShouldBeDroppedWithoutRunning_WhenTheWorkWasCancelledOrMoved()
    {
        var instance = NewInstance();
        await instance.Scheduler.ScheduleAsync(Due("summary/apt-1/before"), default);
        await instance.Scheduler.CancelAsync("summary/apt-1/before", default);
        await instance.Scheduler.ScheduleAsync(Due("summary/apt-2/before"), default);
        await instance.Scheduler.ScheduleAsync(Due("summary/apt-2/before") with { DueAt = clock.GetUtcNow().AddHours(1) }, default);
        await instance.Scheduler.ScheduleAsync(Due("client/apt-3/summary"), default);
        await instance.Scheduler.CancelByPrefixAsync("client/apt-3/", default);

        Assert.Equal(0, await instance.Dispatcher.DispatchDueAsync(default));

        Assert.Empty(summaries.Handled());
        Assert.Equal(1, await QueuedMessagesAsync()); // only the moved work's new, delayed message
        Assert.Equal(0, await VisibleMessagesAsync());
    }

    [Fact]
    public async Task Handler_ShouldRunThreeTimesAndCompleteOnce_WhenItFailsTwiceThenSucceeds()
    {
        options.RetryBaseDelay = TimeSpan.Zero; // retries re-enqueue without a real visibility delay
        var flaky = WorkHandlerMock.Of("summary");
        flaky.SetupSequence(h => h.HandleAsync(It.IsAny<ScheduledWork>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("fails on purpose"))
            .ThrowsAsync(new InvalidOperationException("fails on purpose"))
            .Returns(Task.CompletedTask);
        var instance = NewInstance(flaky);
        await instance.Scheduler.ScheduleAsync(Due("summary/apt-1/before"), default);

        var ran = new List<int>();
        for (var round = 0; round < 4; round++)
        {
            ran.Add(await instance.Dispatcher.DispatchDueAsync(default));
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal([1, 1, 1, 0], ran);
        Assert.Equal(3, flaky.CallsOf("summary/apt-1/before"));
        Assert.True(await instance.Store.IsDoneAsync("summary/apt-1/before", default));
        Assert.Equal(0, await QueuedMessagesAsync());
    }

    [Fact]
    public async Task Handler_ShouldBeDroppedAfterTheRetries_AndOtherWorkStillRuns_WhenItAlwaysFails()
    {
        options.RetryBaseDelay = TimeSpan.Zero;
        var broken = WorkHandlerMock.Of("broken");
        broken.Setup(h => h.HandleAsync(It.IsAny<ScheduledWork>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("fails on purpose"));
        var instance = NewInstance(summaries, broken);
        await instance.Scheduler.ScheduleAsync(Due("broken/1", kind: "broken"), default);
        for (var i = 0; i < 5; i++)
        {
            await instance.Scheduler.ScheduleAsync(Due($"summary/apt-{i}/before"), default);
        }

        for (var round = 0; round < 5; round++)
        {
            await instance.Dispatcher.DispatchDueAsync(default);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(3, broken.CallsOf("broken/1"));
        Assert.Equal(5, summaries.CallsById().Count);
        Assert.All(summaries.CallsById().Values, calls => Assert.Equal(1, calls));
        Assert.Null(await instance.Store.ReadWorkAsync("broken/1", default));
        Assert.Equal(0, await QueuedMessagesAsync());
    }

    [Fact]
    public async Task Sweep_ShouldEnqueueOverdueWork_WhenItsMessageWasLost()
    {
        var instance = NewInstance();
        await instance.Store.PutWorkAsync(StoredWork.From(Due("summary/apt-1/before")), default); // as if the send had failed
        await instance.Store.PutWorkAsync(StoredWork.From(Due("summary/apt-2/before") with { DueAt = clock.GetUtcNow().AddHours(1) }), default);
        Assert.Equal(0, await instance.Dispatcher.DispatchDueAsync(default));

        clock.Advance(options.SweepGrace - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await instance.QueueDispatcher!.SweepAsync(default));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await instance.QueueDispatcher.SweepAsync(default));

        Assert.Equal(1, await instance.Dispatcher.DispatchDueAsync(default));
        Assert.Equal(1, summaries.CallsOf("summary/apt-1/before"));
        Assert.Equal(0, summaries.CallsOf("summary/apt-2/before"));
    }

    [Fact]
    public async Task UnreadableMessage_ShouldBeDeleted_WithoutStoppingOtherWork()
    {
        var instance = NewInstance();
        await queue.SendMessageAsync("not a work message");
        await instance.Scheduler.ScheduleAsync(Due("summary/apt-1/before"), default);

        Assert.Equal(1, await instance.Dispatcher.DispatchDueAsync(default));

        Assert.Equal(0, await QueuedMessagesAsync());
        Assert.Contains(instance.Logs.Entries, entry => entry.EventId == 5043);
    }
}
