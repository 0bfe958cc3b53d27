using Microsoft.Extensions.Time.Testing;
using Moq;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Bot.Storage.Local;

namespace ReIntegratie.Bot.Tests.Scheduling;

/// <summary>Scheduled work on the local folder store with the in-process dispatcher, driven by a fake clock.</summary>
public sealed class InProcessSchedulingTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "reintegratie-scheduling-" + Guid.NewGuid().ToString("N"));
    private readonly ObservedClock observed = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly SchedulingOptions options = SchedulingInstance.DefaultOptions();
    private readonly Mock<IWorkHandler> summaries = WorkHandlerMock.Of("summary");

    private FakeTimeProvider clock => observed.Fake;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private SchedulingInstance NewInstance(params Mock<IWorkHandler>[] handlers) =>
        SchedulingInstance.InProcess(new LocalFolderDocumentStore(folder), observed.Clock, options, [.. (handlers.Length == 0 ? [summaries] : handlers).Select(h => h.Object)]);

    private ScheduledWork Work(string id, TimeSpan fromNow, string kind = "summary", string payload = "{}") =>
        new(id, kind, payload, clock.GetUtcNow() + fromNow);

    [Fact]
    public async Task Work_ShouldRunOnce_WhenDueAndNotBefore()
    {
        var instance = NewInstance();
        Assert.True(await instance.Scheduler.ScheduleAsync(Work("summary/apt-1/before", TimeSpan.FromHours(1), payload: "{\"appointmentId\":\"apt-1\"}"), default));

        Assert.Equal(0, await instance.Dispatcher.DispatchDueAsync(default));
        clock.Advance(TimeSpan.FromMinutes(59) + TimeSpan.FromSeconds(59));
        Assert.Equal(0, await instance.Dispatcher.DispatchDueAsync(default));
        Assert.Empty(summaries.Handled());

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await instance.Dispatcher.DispatchDueAsync(default));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await instance.Dispatcher.DispatchDueAsync(default));

        var seen = Assert.Single(summaries.Handled());
        Assert.Equal(("summary/apt-1/before", "summary", "{\"appointmentId\":\"apt-1\"}"), (seen.Id, seen.Kind, seen.Payload));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), seen.DueAt);
        Assert.Null(await instance.Store.ReadWorkAsync("summary/apt-1/before", default));
        Assert.True(await instance.Store.IsDoneAsync("summary/apt-1/before", default));
    }

    [Fact]
    public async Task Work_ShouldBeStoredInUtc_WhenScheduledWithAnOffset()
    {
        var instance = NewInstance();
        var amsterdamTen = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1));

        await instance.Scheduler.ScheduleAsync(new ScheduledWork("summary/apt-1/before", "summary", "{}", amsterdamTen), default);

        var stored = await instance.Store.ReadWorkAsync("summary/apt-1/before", default);
        Assert.Equal(TimeSpan.Zero, stored!.Value.DueAt.Offset);
        Assert.Equal(amsterdamTen, stored.Value.DueAt);
    }

    [Fact]
    public async Task Schedule_ShouldMoveTheWork_WhenTheSameIdIsScheduledAgain()
    {
        var instance = NewInstance();
        await instance.Scheduler.ScheduleAsync(Work("summary/apt-1/before", TimeSpan.FromHours(1), payload: "{\"v\":1}"), default);
        await instance.Scheduler.ScheduleAsync(Work("summary/apt-1/before", TimeSpan.FromHours(2), payload: "{\"v\":2}"), default);

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await instance.Dispatcher.DispatchDueAsync(default));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await instance.Dispatcher.DispatchDueAsync(default));

        Assert.Equal("{\"v\":2}", Assert.Single(summaries.Handled()).Payload);
    }

    [Fact]
    public async Task Schedule_ShouldMoveTheWorkEarlier_WhenRescheduledToASoonerTime()
    {
        var instance = NewInstance();
        await instance.Scheduler.ScheduleAsync(Work("summary/apt-1/before", TimeSpan.FromHours(5)), default);
        await instance.Scheduler.ScheduleAsync(Work("summary/apt-1/before", TimeSpan.FromMinutes(30)), default);

        clock.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(1, await instance.Dispatcher.DispatchDueAsync(default));
        clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(0, await instance.Dispatcher.DispatchDueAsync(default));
    }

    [Fact]
    public async Task Cancel_ShouldPreventTheWork_WhenCancelledById()
    {
        var instance = NewInstance();
        await instance.Scheduler.ScheduleAsync(Work("summary/apt-1/before", TimeSpan.FromHours(1)), default);
        await instance.Scheduler.ScheduleAsync(Work("summary/apt-2/before", TimeSpan.FromHours(1)), default);

        Assert.True(await instance.Scheduler.CancelAsync("summary/apt-1/before", default));
        Assert.False(await instance.Scheduler.CancelAsync("summary/apt-1/before", default));
        clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(1, await instance.Dispatcher.DispatchDueAsync(default));
        Assert.Equal(0, summaries.CallsOf("summary/apt-1/before"));
        Assert.Equal(1, summaries.CallsOf("summary/apt-2/before"));
    }

    [Fact]
    public async Task CancelByPrefix_ShouldForgetAllWorkOfTheClient_AndLeaveOtherClientsAlone()
    {
        var reminders = WorkHandlerMock.Of("reminder");
        var instance = NewInstance(summaries, reminders);
        await instance.Scheduler.ScheduleAsync(Work("client/apt-1/intro", TimeSpan.Zero), default);
        await instance.Dispatcher.DispatchDueAsync(default);
        await instance.Scheduler.ScheduleAsync(Work("client/apt-1/summary", TimeSpan.FromHours(1)), default);
        await instance.Scheduler.ScheduleAsync(Work("client/apt-1/reminder/2026-03-03T09:00", TimeSpan.FromDays(1), kind: "reminder"), default);
        await instance.Scheduler.ScheduleAsync(Work("client/apt-10/summary", TimeSpan.FromHours(1)), default);
        await instance.Scheduler.ScheduleAsync(Work("client/apt-2/summary", TimeSpan.FromHours(1)), default);

        Assert.Equal(2, await instance.Scheduler.CancelByPrefixAsync("client/apt-1/", default));
        clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(2, await instance.Dispatcher.DispatchDueAsync(default));
        Assert.Equal(["client/apt-1/intro", "client/apt-10/summary", "client/apt-2/summary"], summaries.CallsById().Keys.Order());
        Assert.Empty(reminders.Handled());
        Assert.False(await instance.Store.IsDoneAsync("client/apt-1/intro", default));
        Assert.True(await instance.Store.IsDoneAsync("client/apt-10/summary", default));
    }

    [Fact]
    public async Task CancelByPrefix_ShouldRefuse_WhenThePrefixIsEmpty()
    {
        var instance = NewInstance();

        await Assert.ThrowsAsync<ArgumentException>(() => instance.Scheduler.CancelByPrefixAsync("", default));
    }

    [Fact]
    public async Task Handler_ShouldRunThreeTimesAndCompleteOnce_WhenItFailsTwiceThenSucceeds()
    {
        var flaky = WorkHandlerMock.Of("summary");
        flaky.SetupSequence(h => h.HandleAsync(It.IsAny<ScheduledWork>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("fails on purpose"))
            .ThrowsAsync(new InvalidOperationException("fails on purpose"))
            .Returns(Task.CompletedTask);
        var instance = NewInstance(flaky);
        await instance.Scheduler.ScheduleAsync(Work("summary/apt-1/before", TimeSpan.Zero), default);

        Assert.Equal(1, await instance.Dispatcher.DispatchDueAsync(default));
        Assert.Equal(0, await instance.Dispatcher.DispatchDueAsync(default)); // first backoff: 1 minute
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await instance.Dispatcher.DispatchDueAsync(default));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await instance.Dispatcher.DispatchDueAsync(default)); // second backoff: 2 minutes
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await instance.Dispatcher.DispatchDueAsync(default));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await instance.Dispatcher.DispatchDueAsync(default));

        Assert.Equal(3, flaky.CallsOf("summary/apt-1/before"));
        Assert.All(flaky.Handled(), work => Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), work.DueAt));
        Assert.True(await instance.Store.IsDoneAsync("summary/apt-1/before", default));
        Assert.Null(await instance.Store.ReadWorkAsync("summary/apt-1/before", default));
        Assert.Single(instance.Logs.Entries, entry => entry.EventId == 5001);
        Assert.Equal(2, instance.Logs.Entries.Count(entry => entry.EventId == 5002));
    }

    [Fact]
    public async Task Handler_ShouldBeDroppedAfterThreeAttempts_AndOtherWorkStillRuns_WhenItAlwaysFails()
    {
        var broken = WorkHandlerMock.Of("broken");
        broken.Setup(h => h.HandleAsync(It.IsAny<ScheduledWork>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("fails on purpose"));
        var instance = NewInstance(summaries, broken);
        await instance.Scheduler.ScheduleAsync(Work("broken/1", TimeSpan.Zero, kind: "broken"), default);
        for (var i = 0; i < 3; i++)
        {
            await instance.Scheduler.ScheduleAsync(Work($"summary/apt-{i}/before", TimeSpan.FromMinutes(i)), default);
        }

        for (var round = 0; round < 6; round++)
        {
            await instance.Dispatcher.DispatchDueAsync(default);
            clock.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Equal(3, broken.CallsOf("broken/1"));
        Assert.Equal(3, summaries.CallsById().Count);
        Assert.All(summaries.CallsById().Values, calls => Assert.Equal(1, calls));
        Assert.Null(await instance.Store.ReadWorkAsync("broken/1", default));
        Assert.False(await instance.Store.IsDoneAsync("broken/1", default));
        Assert.Single(instance.Logs.Entries, entry => entry.EventId == 5003 && entry.Message.Contains("broken/1"));
        Assert.DoesNotContain(instance.Logs.Entries, entry => entry.Message.Contains("on purpose"));
    }

    [Fact]
    public async Task NewDispatcher_ShouldRunWhatWasPending_WhenTheProcessRestarts()
    {
        var before = NewInstance();
        await before.Scheduler.ScheduleAsync(Work("summary/apt-1/before", TimeSpan.Zero), default);
        await before.Scheduler.ScheduleAsync(Work("summary/apt-2/before", TimeSpan.FromMinutes(10)), default);
        await before.Scheduler.ScheduleAsync(Work("summary/apt-3/before", TimeSpan.FromMinutes(20)), default);
        Assert.Equal(1, await before.Dispatcher.DispatchDueAsync(default));

        var afterRestart = NewInstance();
        clock.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(2, await afterRestart.Dispatcher.DispatchDueAsync(default));
        Assert.Equal(0, await afterRestart.Dispatcher.DispatchDueAsync(default));
        Assert.Equal(3, summaries.CallsById().Count);
        Assert.All(summaries.CallsById().Values, calls => Assert.Equal(1, calls));
    }

    [Fact]
    public async Task ClaimedWork_ShouldRunElsewhereOnlyAfterTheLeaseExpires_WhenItsInstanceDied()
    {
        var survivor = NewInstance();
        await survivor.Scheduler.ScheduleAsync(Work("summary/apt-1/before", TimeSpan.Zero), default);
        await survivor.Store.CreateClaimAsync(new WorkClaim("summary/apt-1/before", "dead-instance", clock.GetUtcNow() + TimeSpan.FromMinutes(2)), default);

        Assert.Equal(0, await survivor.Dispatcher.DispatchDueAsync(default));
        clock.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await survivor.Dispatcher.DispatchDueAsync(default));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await survivor.Dispatcher.DispatchDueAsync(default));

        Assert.Equal(1, summaries.CallsOf("summary/apt-1/before"));
        Assert.Null(await survivor.Store.ReadClaimAsync("summary/apt-1/before", default));
        Assert.Contains(survivor.Logs.Entries, entry => entry.EventId == 5006 && entry.Message.Contains("dead-instance"));
    }

    [Fact]
    public async Task LongRunningHandler_ShouldKeepItsClaim_WhileItRunsPastTheLease()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = WorkHandlerMock.Of("summary");
        slow.Setup(h => h.HandleAsync(It.IsAny<ScheduledWork>(), It.IsAny<CancellationToken>())).Returns(async () => { started.TrySetResult(); await release.Task; });
        var first = NewInstance(slow);
        var second = NewInstance(slow);
        await first.Scheduler.ScheduleAsync(Work("summary/apt-1/before", TimeSpan.Zero), default);

        var running = first.Dispatcher.DispatchDueAsync(default);
        await started.Task.WaitAsync(ObservedClock.HangGuard);
        Assert.Equal(options.LeaseDuration / 3, await observed.NextTimerAsync()); // the renewal waits its interval
        for (var step = 0; step < 4; step++)
        {
            // The renewal writes the claim before it starts its next wait, so once that wait starts the write is done.
            var before = (await first.Store.ReadClaimAsync("summary/apt-1/before", default))!.Value.ExpiresAt;
            clock.Advance(options.LeaseDuration / 3);
            Assert.Equal(options.LeaseDuration / 3, await observed.NextTimerAsync());
            Assert.Equal(before + (options.LeaseDuration / 3), (await first.Store.ReadClaimAsync("summary/apt-1/before", default))!.Value.ExpiresAt);
        }

        Assert.Equal(0, await second.Dispatcher.DispatchDueAsync(default)); // 160 s in: past the first lease, still held
        release.SetResult();
        Assert.Equal(1, await running);
        Assert.Equal(1, slow.CallsOf("summary/apt-1/before"));
        Assert.Null(await first.Store.ReadClaimAsync("summary/apt-1/before", default));
    }

    [Fact]
    public async Task CompletedWork_ShouldNotRunAgain_WhenScheduledAgainWithTheSameId()
    {
        var instance = NewInstance();
        await instance.Scheduler.ScheduleAsync(Work("reminder/as-1/2026-03-02T08:00", TimeSpan.Zero), default);
        await instance.Dispatcher.DispatchDueAsync(default);

        Assert.False(await instance.Scheduler.ScheduleAsync(Work("reminder/as-1/2026-03-02T08:00", TimeSpan.FromMinutes(5)), default));
        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await instance.Dispatcher.DispatchDueAsync(default));
        Assert.Single(summaries.Handled());
    }

    [Fact]
    public async Task WorkRescheduledWhileRunning_ShouldNotRunAgain_WhenTheFirstRunCompletes()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = WorkHandlerMock.Of("summary");
        slow.Setup(h => h.HandleAsync(It.IsAny<ScheduledWork>(), It.IsAny<CancellationToken>())).Returns(async () => { started.TrySetResult(); await release.Task; });
        var instance = NewInstance(slow);
        await instance.Scheduler.ScheduleAsync(Work("summary/apt-1/before", TimeSpan.Zero), default);
        var running = instance.Dispatcher.DispatchDueAsync(default);
        await started.Task.WaitAsync(ObservedClock.HangGuard);

        Assert.True(await instance.Scheduler.ScheduleAsync(Work("summary/apt-1/before", TimeSpan.FromMinutes(10)), default));
        release.SetResult();
        Assert.Equal(1, await running);
        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(0, await instance.Dispatcher.DispatchDueAsync(default));
        Assert.Equal(1, slow.CallsOf("summary/apt-1/before"));
        Assert.Null(await instance.Store.ReadWorkAsync("summary/apt-1/before", default));
    }

    [Fact]
    public async Task LeftoverWork_ShouldNotRunAgain_WhenItsInstanceDiedAfterRecordingTheCompletion()
    {
        var instance = NewInstance();
        await instance.Store.PutWorkAsync(StoredWork.From(Work("summary/apt-1/before", TimeSpan.Zero)), default);
        await instance.Store.TryMarkDoneAsync(new WorkCompletion("summary/apt-1/before", clock.GetUtcNow(), 1), default);

        Assert.Equal(0, await instance.Dispatcher.DispatchDueAsync(default));

        Assert.Empty(summaries.Handled());
        Assert.Null(await instance.Store.ReadWorkAsync("summary/apt-1/before", default));
    }

    [Fact]
    public async Task TwoDispatchers_ShouldRunEachItemExactlyOnce_WhenTheyShareOneFolder()
    {
        var first = NewInstance();
        var second = NewInstance();
        for (var i = 0; i < 100; i++)
        {
            await first.Scheduler.ScheduleAsync(Work($"summary/apt-{i}/before", TimeSpan.Zero), default);
        }

        var ran = await Task.WhenAll(
            Task.Run(() => first.Dispatcher.DispatchDueAsync(default)),
            Task.Run(() => second.Dispatcher.DispatchDueAsync(default)),
            Task.Run(() => first.Dispatcher.DispatchDueAsync(default)));
        ran = [.. ran, await second.Dispatcher.DispatchDueAsync(default)];

        Assert.Equal(100, ran.Sum());
        Assert.Equal(100, summaries.CallsById().Count);
        Assert.All(summaries.CallsById().Values, calls => Assert.Equal(1, calls));
    }

    [Fact]
    public async Task HostedDispatcher_ShouldRunDueWork_WhenThePollIntervalPasses()
    {
        var handled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        summaries.Setup(h => h.HandleAsync(It.IsAny<ScheduledWork>(), It.IsAny<CancellationToken>())).Returns(() => { handled.TrySetResult(); return Task.CompletedTask; });
        var instance = NewInstance();
        var hosted = (Microsoft.Extensions.Hosting.IHostedService)instance.Dispatcher;
        await instance.Scheduler.ScheduleAsync(Work("summary/apt-1/before", TimeSpan.FromMinutes(1)), default);
        await hosted.StartAsync(default);
        try
        {
            // The first round finds nothing due and waits a poll interval on the clock; a minute on, the next round runs the work.
            Assert.Equal(options.PollInterval, await observed.NextTimerAsync());
            Assert.Empty(summaries.Handled());
            clock.Advance(TimeSpan.FromMinutes(1));
            await handled.Task.WaitAsync(ObservedClock.HangGuard);
        }
        finally
        {
            await hosted.StopAsync(default);
        }

        Assert.Equal(1, summaries.CallsOf("summary/apt-1/before"));
    }

    [Theory]
    [InlineData("summary/apt-1/before", "unknown-kind", "{}")]
    [InlineData("", "summary", "{}")]
    [InlineData("summary/apt-1/before", "summary", "not json")]
    public async Task Schedule_ShouldRefuse_WhenTheWorkIsInvalid(string id, string kind, string payload)
    {
        var instance = NewInstance();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => instance.Scheduler.ScheduleAsync(new ScheduledWork(id, kind, payload, clock.GetUtcNow()), default));
    }

    [Fact]
    public async Task Schedule_ShouldRefuse_WhenTheIdIsTooLongForAKey()
    {
        var instance = NewInstance();

        await Assert.ThrowsAsync<ArgumentException>(() => instance.Scheduler.ScheduleAsync(Work(new string('x', ScheduledWork.MaxIdBytes + 1), TimeSpan.Zero), default));
        Assert.True(await instance.Scheduler.ScheduleAsync(Work("é/" + new string('x', ScheduledWork.MaxIdBytes - 3), TimeSpan.Zero), default));
        Assert.Equal(1, await instance.Dispatcher.DispatchDueAsync(default));
    }
}
