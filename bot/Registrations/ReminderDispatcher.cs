using System.Collections.Concurrent;
using SettledRecords = System.Collections.Concurrent.ConcurrentDictionary<string, System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlySet<string>?>>;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Registrations;

namespace ReIntegratie.Bot.Registrations;

/// <summary>
/// Sends the reminders that are due, on every instance at once, each exactly once (see
/// <see cref="ReminderIndex"/> for the documents). Every <see cref="SchedulingOptions.PollInterval"/> it
/// walks the minutes from the watermark to now; a minute's reminders go in batches of
/// <see cref="BatchSize"/>, <see cref="SchedulingOptions.MaxParallelism"/> batches at a time. Per
/// reminder: read the assignment, claim (create if absent), and after the batch's claims: plan each
/// next reminder (one entry per batch and minute), send, and record the batch as settled. A reminder
/// costs about four storage round trips and no delete. Whoever is killed mid-send leaves claims whose
/// lease runs out and whose batch was never settled: the next round anywhere takes them over.
/// A minute is closed, and the watermark moves past it, once it is over and all its reminders are settled.
/// <para>
/// A send is never made twice, also when the connector keeps it busy (retrying) past the lease: every
/// send of a batch is cancelled at half the lease after the batch's claims, and one cancelled while it
/// ran counts as done (it may have reached the client: at most once, rather than twice) and is settled
/// with the batch; one not started by then is left to be taken over. So the settled record is written while the lease still holds,
/// with half the lease to spare, and the claims are never taken over before it. This assumes the
/// instances' clocks differ by less than that spare half (a minute by default).
/// </para>
/// <para>
/// After a round, on its own cadence (<see cref="SchedulingOptions.ReminderCleanupInterval"/>), the same
/// loop runs the <see cref="ReminderCleanup"/>: the dispatch itself deletes nothing. A watermark that
/// cannot be read is rewritten at this instance's own progress or, without any, at half
/// <see cref="SchedulingOptions.ReminderCleanupAge"/> before now, and the round goes on from there
/// (minutes walked again send nothing twice: their claims and settled records are still there).
/// </para>
/// </summary>
public sealed partial class ReminderDispatcher(
    ReminderIndex index,
    RegistrationStore registrations,
    ReminderSender sender,
    ReminderCleanup cleanup,
    SchedulingOptions options,
    TimeProvider clock,
    ILogger<ReminderDispatcher> logger) : PollingService(options.PollInterval, clock)
{
    public const int BatchSize = 32;

    public const int WatermarkRewrittenEventId = 4011;

    /// <summary>Reminders run per "send the next one now" at most: answered ones are skipped on the way.</summary>
    private const int MaxManualRuns = 4;

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<DateTimeOffset, HashSet<string>> settledByMinute = [];
    private DateTimeOffset? openMinute;
    private DateTimeOffset nextCleanup = DateTimeOffset.MinValue;

    private enum State
    {
        Settled,
        Open,
        Claimed,
    }

    private enum SendResult
    {
        Sent,
        Skipped,
        Dropped,
        Failed,
    }

    /// <summary>This instance's name in the claims it writes.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    /// <summary>What "send the next reminder now" did: the last reminder it ran, when it was planned for, whether its question went out.</summary>
    public sealed record ManualRun(string ReminderId, DateTimeOffset PlannedFor, bool Sent, bool Done);

    /// <summary>Sends what is due now (per the injected clock). Returns how many reminders were sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await DispatchLockedAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// For the playground: sends the earliest reminder of this appointment that has not run yet, now,
    /// even though it is not due, and plans the one after it. Answered ones on the way are run (they
    /// send nothing). Null when no active assignment of the appointment has one.
    /// </summary>
    public async Task<ManualRun?> SendNextNowAsync(string appointmentId, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = Clock.GetUtcNow();
            var candidates = (await registrations.ListAsync(appointmentId, cancellationToken))
                .Where(assignment => assignment.Status == RegistrationStatus.Active && assignment.IsRemindingAt(now))
                .SelectMany(assignment => ReminderSchedule.Timeline(assignment)
                    .Where(reminder => reminder.DueAt >= now - ReminderSchedule.LateLimit)
                    .Select(reminder => (Assignment: assignment, Reminder: reminder)))
                .OrderBy(pair => pair.Reminder.DueAt).ThenBy(pair => pair.Reminder.Id, StringComparer.Ordinal);
            ManualRun? last = null;
            var runs = 0;
            foreach (var (assignment, reminder) in candidates)
            {
                var item = new ReminderPayload(appointmentId, assignment.Id, reminder.Id);
                using var window = SendWindow();
                var claim = NewClaim(now);
                if (await index.TryClaimAsync(item, claim, cancellationToken) is null)
                {
                    continue; // it ran already
                }

                var prepared = new Prepared(item, State.Claimed, assignment, reminder,
                    ReminderSchedule.Next(assignment, reminder.Id, now - ReminderSchedule.LateLimit), ReminderSchedule.ShouldSend(assignment, reminder));
                await PlanNextAsync([prepared], now, cancellationToken);
                var result = await SendAsync(prepared, window.Token, cancellationToken);
                if (result != SendResult.Failed)
                {
                    await index.RecordSettledAsync(claim.GroupId, [item], CancellationToken.None);
                }

                last = new ManualRun(reminder.Id, reminder.DueAt, result == SendResult.Sent, result is SendResult.Sent or SendResult.Skipped);
                if (prepared.Send || ++runs >= MaxManualRuns)
                {
                    break;
                }
            }

            return last;
        }
        finally
        {
            gate.Release();
        }
    }

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await DispatchDueAsync(cancellationToken);
        if (Clock.GetUtcNow() < nextCleanup)
        {
            return;
        }

        var more = false;
        try
        {
            more = await cleanup.CleanAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is StorageUnavailableException or InvalidDataException)
        {
            LogCleanupFailed(logger, exception.GetType().Name);
        }

        nextCleanup = more ? Clock.GetUtcNow() : Clock.GetUtcNow() + options.ReminderCleanupInterval;
    }

    protected override void OnRoundFailed(Exception exception) => LogRoundFailed(logger, exception.GetType().Name);

    private async Task<int> DispatchLockedAsync(CancellationToken cancellationToken)
    {
        if (await ReadOrRepairWatermarkAsync(cancellationToken) is not { } stored)
        {
            return 0; // nothing was ever planned
        }

        var now = Clock.GetUtcNow();
        var current = ReminderIndex.MinuteOf(now);
        var from = openMinute is { } own && own > stored ? own : stored;
        var sent = 0;
        var closing = true;
        var settledCache = new SettledRecords(StringComparer.Ordinal);
        for (var minute = from; minute <= current; minute = minute.AddMinutes(1))
        {
            // Catching up over past hours: one listing tells whether an hour holds anything at all.
            if ((minute == from || minute.Minute == 0) && minute.AddMinutes(60 - minute.Minute) <= current &&
                !await index.AnyInHourAsync(minute, cancellationToken))
            {
                minute = minute.AddMinutes(59 - minute.Minute);
                if (closing)
                {
                    openMinute = minute.AddMinutes(1);
                }

                continue;
            }

            var (ran, open) = await DispatchMinuteAsync(minute, now, settledCache, cancellationToken);
            sent += ran;
            closing &= !open && minute < current;
            if (closing)
            {
                openMinute = minute.AddMinutes(1);
                settledByMinute.Remove(minute);
            }
        }

        if (openMinute is { } reached && reached > stored)
        {
            await index.AdvanceWatermarkAsync(reached, cancellationToken);
        }

        return sent;
    }

    private async Task<DateTimeOffset?> ReadOrRepairWatermarkAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await index.ReadWatermarkAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            // This instance's own progress when it has any; else half the clean-up age back: far enough for
            // any minute still open in practice, and short enough that no minute walked again meets a claim
            // whose settled record the clean-up removed.
            var repaired = openMinute ?? ReminderIndex.MinuteOf(Clock.GetUtcNow()) - options.ReminderCleanupAge / 2;
            LogWatermarkRewritten(logger, repaired);
            await index.RewriteWatermarkAsync(repaired, cancellationToken);
            return repaired;
        }
    }

    private async Task<(int Sent, bool Open)> DispatchMinuteAsync(
        DateTimeOffset minute, DateTimeOffset now, SettledRecords settledCache, CancellationToken cancellationToken)
    {
        if (!settledByMinute.TryGetValue(minute, out var settled))
        {
            settledByMinute[minute] = settled = new HashSet<string>(StringComparer.Ordinal);
        }

        // In random order, so that instances walking the same minute rarely reach for the same reminder.
        var todo = (await index.ListAsync(minute, cancellationToken))
            .Where(item => !settled.Contains(ReminderIndex.ClaimKey(item)))
            .OrderBy(_ => Random.Shared.Next())
            .ToList();
        var sent = 0;
        var open = false;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(todo.Chunk(BatchSize), parallel, async (batch, token) =>
        {
            try
            {
                var (batchSent, batchSettled, batchOpen) = await DispatchBatchAsync(batch, now, settledCache, token);
                lock (settled)
                {
                    settled.UnionWith(batchSettled);
                }

                Interlocked.Add(ref sent, batchSent);
                open |= batchOpen;
            }
            catch (Exception exception) when (exception is StorageUnavailableException or InvalidDataException)
            {
                // Claims made stay until their lease runs out; the next round tries again.
                LogBatchFailed(logger, batch.Length, exception.GetType().Name);
                open = true;
            }
        });
        return (sent, open);
    }

    private async Task<(int Sent, IReadOnlyList<string> Settled, bool Open)> DispatchBatchAsync(
        ReminderPayload[] batch, DateTimeOffset now, SettledRecords settledCache, CancellationToken cancellationToken)
    {
        // The lease runs from now, not from the round's start: a long round must not write claims that are already expired.
        var claim = NewClaim(Clock.GetUtcNow());
        using var window = SendWindow();
        var prepared = await Task.WhenAll(batch.Select(item => PrepareAsync(item, claim, now, settledCache, cancellationToken)));
        var claimed = prepared.Where(p => p.State == State.Claimed).ToList();

        // Plan each next reminder before sending: a failed send or a crash must not end the chain.
        await PlanNextAsync(claimed, now, cancellationToken);
        var results = await Task.WhenAll(claimed.Select(p => SendAsync(p, window.Token, cancellationToken)));
        var done = claimed.Where((_, i) => results[i] != SendResult.Failed).Select(p => p.Item).ToList();
        if (done.Count > 0)
        {
            await index.RecordSettledAsync(claim.GroupId, done, CancellationToken.None);
        }

        var settled = prepared.Where(p => p.State == State.Settled).Select(p => p.Item).Concat(done).Select(ReminderIndex.ClaimKey).ToList();
        return (results.Count(r => r == SendResult.Sent), settled, settled.Count < batch.Length);
    }

    private async Task<Prepared> PrepareAsync(
        ReminderPayload item, ReminderClaim claim, DateTimeOffset now, SettledRecords settledCache, CancellationToken cancellationToken)
    {
        var assignment = await registrations.ReadAsync(item.AppointmentId, item.AssignmentId, cancellationToken);
        var timeline = assignment is null ? [] : ReminderSchedule.Timeline(assignment);
        if (assignment is null || timeline.FirstOrDefault(r => r.Id == item.ReminderId) is not { } reminder)
        {
            // The client's data is gone, or the plan changed (stop, pause, new times): whoever changed it planned anew.
            LogNoLongerPlanned(logger, item.ReminderId);
            return new Prepared(item, State.Settled);
        }

        if (reminder.DueAt > now)
        {
            return new Prepared(item, State.Open);
        }

        var state = await ClaimAsync(item, claim, now, settledCache, cancellationToken);
        return state != State.Claimed
            ? new Prepared(item, state)
            : new Prepared(item, State.Claimed, assignment, reminder,
                ReminderSchedule.Next(timeline, reminder.Id, now - ReminderSchedule.LateLimit),
                ReminderSchedule.ShouldSend(assignment, reminder) && !ReminderSchedule.IsTooLate(reminder, now));
    }

    private async Task<State> ClaimAsync(
        ReminderPayload item, ReminderClaim claim, DateTimeOffset now, SettledRecords settledCache, CancellationToken cancellationToken)
    {
        if (await index.TryClaimAsync(item, claim, cancellationToken) is not null)
        {
            return State.Claimed;
        }

        if (await index.ReadClaimAsync(item, cancellationToken) is not { } existing)
        {
            return State.Open; // deleted in between: look again next round
        }

        var groupSettled = await settledCache.GetOrAdd(existing.Value.GroupId, group => index.ReadSettledAsync(group, cancellationToken));
        if (groupSettled?.Contains(ReminderIndex.ClaimKey(item)) == true)
        {
            return State.Settled;
        }

        if (existing.Value.Owner != Owner && existing.Value.LeaseUntil > now)
        {
            return State.Open; // another instance is sending it
        }

        if (await index.TryTakeOverAsync(item, claim, existing.ETag, cancellationToken) is null)
        {
            return State.Open;
        }

        LogTakenOver(logger, item.ReminderId, existing.Value.Owner);
        return State.Claimed;
    }

    private async Task PlanNextAsync(IReadOnlyList<Prepared> claimed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var minute in claimed.Where(p => p.Next is not null).GroupBy(p => ReminderIndex.BucketOf(p.Next!.DueAt, now)))
        {
            await index.PlanGroupAsync([.. minute.Select(p => p.Item with { ReminderId = p.Next!.Id })], minute.Key, cancellationToken);
        }
    }

    /// <param name="window">Cancelled when the claims' lease is half over: a send still running then is not waited for.</param>
    private async Task<SendResult> SendAsync(Prepared prepared, CancellationToken window, CancellationToken cancellationToken)
    {
        var id = prepared.Item.ReminderId;
        if (!prepared.Send)
        {
            LogSkipped(logger, id);
            return SendResult.Skipped;
        }

        if (window.IsCancellationRequested)
        {
            LogSendFailed(logger, id, "window over before the send");
            return SendResult.Failed; // nothing went out: whoever takes the claim over sends it
        }

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(window, cancellationToken);
        try
        {
            switch (await sender.SendAsync(prepared.Item, prepared.Assignment!, bounded.Token))
            {
                case ReminderSender.Outcome.Sent:
                    LogSent(logger, id);
                    return SendResult.Sent;
                case ReminderSender.Outcome.Unreachable:
                    LogUnreachable(logger, id);
                    return SendResult.Dropped;
                default:
                    LogRefused(logger, id);
                    return SendResult.Dropped;
            }
        }
        catch (Exception) when (window.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // However the cut-off surfaced (a cancelled storage call becomes "unavailable"), the question may
            // have reached the client: settled with the batch, so that no one sends it again.
            LogOutlivedWindow(logger, id);
            return SendResult.Dropped;
        }
        catch (Exception exception) when (exception is StorageUnavailableException or TransientTurnFailureException)
        {
            LogSendFailed(logger, id, exception.GetType().Name);
            return SendResult.Failed;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One broken reminder must not hold up the others: logged and dropped.
            LogDropped(logger, exception, id, exception.GetType().Name);
            return SendResult.Dropped;
        }
    }

    private ReminderClaim NewClaim(DateTimeOffset now) => new(Owner, now + options.LeaseDuration, ReminderIndex.NewGroupId(now));

    /// <summary>Started when a batch's claims are made (on the injected clock): over at half their lease.</summary>
    private CancellationTokenSource SendWindow() => new(options.LeaseDuration / 2, Clock);

    private sealed record Prepared(
        ReminderPayload Item, State State, RegistrationAssignment? Assignment = null, RegistrationReminder? Reminder = null, RegistrationReminder? Next = null, bool Send = false);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Reminder {ReminderId} sent")]
    private static partial void LogSent(ILogger logger, string reminderId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Reminder {ReminderId} not sent: already answered, or over the late limit")]
    private static partial void LogSkipped(ILogger logger, string reminderId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Reminder {ReminderId} not sent: the client's conversation is unknown")]
    private static partial void LogUnreachable(ILogger logger, string reminderId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Reminder {ReminderId} no longer planned (stopped, paused, new times or data deleted)")]
    private static partial void LogNoLongerPlanned(ILogger logger, string reminderId);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Reminder {ReminderId} refused by the channel after retries; dropped")]
    private static partial void LogRefused(ILogger logger, string reminderId);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Reminder {ReminderId} could not be sent ({Reason}); tried again next round")]
    private static partial void LogSendFailed(ILogger logger, string reminderId, string reason);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Error, Message = "Reminder {ReminderId} failed ({Reason}); dropped")]
    private static partial void LogDropped(ILogger logger, Exception exception, string reminderId, string reason);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "Reminder {ReminderId}: expired claim of {PreviousOwner} taken over")]
    private static partial void LogTakenOver(ILogger logger, string reminderId, string previousOwner);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Warning, Message = "A batch of {Count} reminders failed ({Reason}); tried again next round")]
    private static partial void LogBatchFailed(ILogger logger, int count, string reason);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Error, Message = "Reminder round failed ({Reason})")]
    private static partial void LogRoundFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = WatermarkRewrittenEventId, Level = LogLevel.Error, Message = "Reminder watermark unreadable; rewritten at {OpenMinute:u}")]
    private static partial void LogWatermarkRewritten(ILogger logger, DateTimeOffset openMinute);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "Reminder {ReminderId} still sending at half its lease; cancelled and not sent again")]
    private static partial void LogOutlivedWindow(ILogger logger, string reminderId);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Warning, Message = "Reminder clean-up failed ({Reason}); tried again next time")]
    private static partial void LogCleanupFailed(ILogger logger, string reason);
}
