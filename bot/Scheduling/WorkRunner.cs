using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Scheduling;

/// <summary>
/// Runs one work item safely among competing instances: checks it is due, claims it (create the claim
/// if absent, or take over one that expired), checks under the claim that it has not completed or
/// changed, calls the handler while renewing the claim, then records the completion (If-None-Match)
/// before deleting the work and releasing the claim. That order is what makes a second run impossible:
/// whoever claims after the release finds the completion record. A failure pushes the run time back
/// (doubling delays) until <see cref="SchedulingOptions.MaxAttempts"/>, then drops the work.
/// </summary>
public sealed partial class WorkRunner(WorkStore store, WorkHandlers handlers, SchedulingOptions options, TimeProvider time, ILogger<WorkRunner> logger)
{
    /// <summary>This instance's name in the claims it writes.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    /// <summary>
    /// Runs the work with this id if it is due and nobody else runs it. With <paramref name="expectedRunAt"/>
    /// (the time a queue message carries) work whose run time has since changed is reported stale, not run.
    /// </summary>
    public async Task<RunResult> RunAsync(string id, DateTimeOffset? expectedRunAt, CancellationToken cancellationToken)
    {
        var work = await store.ReadWorkAsync(id, cancellationToken);
        if (work is null)
        {
            return new RunResult(RunOutcome.Missing);
        }

        if (expectedRunAt is { } expected && expected != work.Value.RunAt)
        {
            return new RunResult(RunOutcome.Stale);
        }

        if (work.Value.RunAt > time.GetUtcNow())
        {
            return new RunResult(RunOutcome.NotDue, NextRunAt: work.Value.RunAt);
        }

        var lease = await TryClaimAsync(id, cancellationToken);
        if (lease is null)
        {
            return new RunResult(RunOutcome.Busy);
        }

        try
        {
            // Since the first read the work may have completed elsewhere (its completion is written
            // before its claim is released), or been rescheduled, retried or cancelled.
            if (await store.IsDoneAsync(id, cancellationToken))
            {
                await store.DeleteWorkAsync(id, work.ETag, cancellationToken);
                LogAlreadyDone(logger, id);
                return new RunResult(RunOutcome.AlreadyDone);
            }

            var current = await store.ReadWorkAsync(id, cancellationToken);
            if (current is null)
            {
                return new RunResult(RunOutcome.Missing);
            }

            return current.ETag == work.ETag
                ? await ExecuteAsync(current, lease, cancellationToken)
                : new RunResult(RunOutcome.Stale);
        }
        finally
        {
            await ReleaseAsync(lease);
        }
    }

    /// <summary>The pause after failed attempt <paramref name="attempt"/> (1-based): the base delay, doubled per further failure.</summary>
    public TimeSpan RetryDelay(int attempt) => options.RetryBaseDelay * Math.Pow(2, Math.Clamp(attempt - 1, 0, 16));

    private async Task<RunResult> ExecuteAsync(Versioned<StoredWork> current, WorkLease lease, CancellationToken cancellationToken)
    {
        var work = current.Value;
        var attempt = work.Attempts + 1;
        string? failure = null;
        using (var handlerCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        using (var renewalStop = new CancellationTokenSource())
        {
            var renewal = RenewAsync(lease, handlerCancellation, renewalStop.Token);
            try
            {
                if (handlers.Find(work.Kind) is { } handler)
                {
                    await handler.HandleAsync(work.ToScheduledWork(), handlerCancellation.Token);
                }
                else
                {
                    failure = "NoHandler";
                }
            }
            catch (OperationCanceledException) when (handlerCancellation.IsCancellationRequested)
            {
                // Shutting down, or the claim was taken over: the work stays pending for whoever runs it next.
                return new RunResult(RunOutcome.Interrupted);
            }
            catch (Exception exception)
            {
                failure = exception.GetType().Name;
            }
            finally
            {
                await renewalStop.CancelAsync();
                await renewal;
            }
        }

        // The handler has had its effect: record that even while shutting down, or it would run again.
        if (failure is null)
        {
            if (!await store.TryMarkDoneAsync(new WorkCompletion(work.Id, time.GetUtcNow(), attempt), CancellationToken.None))
            {
                LogCompletedTwice(logger, work.Id);
            }

            await store.DeleteWorkAsync(work.Id, current.ETag, CancellationToken.None);
            LogCompleted(logger, work.Id, work.Kind, attempt);
            return new RunResult(RunOutcome.Completed, HandlerCalled: true);
        }

        if (attempt >= options.MaxAttempts)
        {
            LogGaveUp(logger, work.Id, work.Kind, attempt, failure);
            await store.DeleteWorkAsync(work.Id, current.ETag, CancellationToken.None);
            return new RunResult(RunOutcome.GaveUp, HandlerCalled: true);
        }

        var next = time.GetUtcNow() + RetryDelay(attempt);
        try
        {
            await store.ReplaceWorkAsync(work with { RunAt = next, Attempts = attempt }, current.ETag, CancellationToken.None);
        }
        catch (DocumentConflictException)
        {
            // Rescheduled while it ran: the new version stands, with its own attempts.
            return new RunResult(RunOutcome.Stale, HandlerCalled: true);
        }

        LogRetrying(logger, work.Id, work.Kind, attempt, failure, next);
        return new RunResult(RunOutcome.Retrying, HandlerCalled: true, NextRunAt: next);
    }

    private async Task<WorkLease?> TryClaimAsync(string id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claim = new WorkClaim(id, Owner, now + options.LeaseDuration);
        try
        {
            return new WorkLease(id, await store.CreateClaimAsync(claim, cancellationToken));
        }
        catch (DocumentConflictException)
        {
        }

        // Someone holds (or held) a claim: take it over only when it expired, and only if nobody else did first.
        var existing = await store.ReadClaimAsync(id, cancellationToken);
        if (existing is null || existing.Value.ExpiresAt > now)
        {
            return null;
        }

        try
        {
            var etag = await store.ReplaceClaimAsync(claim, existing.ETag, cancellationToken);
            LogTakenOver(logger, id, existing.Value.Owner);
            return new WorkLease(id, etag);
        }
        catch (DocumentConflictException)
        {
            return null;
        }
    }

    private async Task RenewAsync(WorkLease lease, CancellationTokenSource handlerCancellation, CancellationToken stop)
    {
        var interval = options.LeaseDuration / 3;
        try
        {
            while (true)
            {
                await Task.Delay(interval, time, stop);

                // Not cancelled by stop: a renewal in flight must finish, or its new ETag would be lost.
                var claim = new WorkClaim(lease.Id, Owner, time.GetUtcNow() + options.LeaseDuration);
                try
                {
                    lease.ETag = await store.ReplaceClaimAsync(claim, lease.ETag, CancellationToken.None);
                }
                catch (DocumentConflictException)
                {
                    lease.Lost = true;
                    LogLeaseLost(logger, lease.Id);
                    await handlerCancellation.CancelAsync();
                    return;
                }
                catch (StorageUnavailableException)
                {
                    // The claim is ours until it expires; try again at the next interval.
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task ReleaseAsync(WorkLease lease)
    {
        if (lease.Lost)
        {
            return;
        }

        try
        {
            await store.DeleteClaimAsync(lease.Id, lease.ETag, CancellationToken.None);
        }
        catch (StorageUnavailableException)
        {
            // The claim expires on its own.
        }
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Work {WorkId} of kind {Kind} completed on attempt {Attempt}")]
    private static partial void LogCompleted(ILogger logger, string workId, string kind, int attempt);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Work {WorkId} of kind {Kind} failed on attempt {Attempt} ({Reason}); retrying at {NextRunAt:O}")]
    private static partial void LogRetrying(ILogger logger, string workId, string kind, int attempt, string reason, DateTimeOffset nextRunAt);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Work {WorkId} of kind {Kind} failed on attempt {Attempt} ({Reason}); dropped")]
    private static partial void LogGaveUp(ILogger logger, string workId, string kind, int attempt, string reason);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Work {WorkId} had already completed; not run again")]
    private static partial void LogAlreadyDone(ILogger logger, string workId);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Work {WorkId} completed, but a completion was already recorded (its claim had expired)")]
    private static partial void LogCompletedTwice(ILogger logger, string workId);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "Work {WorkId}: expired claim of {PreviousOwner} taken over")]
    private static partial void LogTakenOver(ILogger logger, string workId, string previousOwner);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "Work {WorkId}: claim taken over while running; handler cancelled")]
    private static partial void LogLeaseLost(ILogger logger, string workId);
}
