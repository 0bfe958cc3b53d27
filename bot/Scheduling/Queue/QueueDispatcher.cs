using Azure.Storage.Queues.Models;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Scheduling.Queue;

/// <summary>
/// The Azure backend: a competing consumer of the work queue. It receives messages in batches of 32,
/// hidden from other instances for the lease duration. A due message is claimed and run, then deleted;
/// a message that surfaced early (work more than 7 days out) is re-enqueued with the time left; a stale
/// one is dropped; one whose work another instance holds is left to surface again. A periodic sweep
/// enqueues work that is overdue without a message (a send that failed), so nothing is lost.
/// </summary>
public sealed partial class QueueDispatcher(
    WorkQueue queue, WorkStore store, WorkRunner runner, SchedulingOptions options, TimeProvider time, ILogger<QueueDispatcher> logger)
    : BackgroundService, IWorkDispatcher
{
    public const int BatchSize = 32;
    private const int MaxBatchesPerRound = 50;
    private const int PoisonDequeueCount = 10;

    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken) =>
        (await DispatchRoundAsync(cancellationToken)).Ran;

    /// <summary>Enqueues work that is overdue by more than <see cref="SchedulingOptions.SweepGrace"/>. Returns how many messages were sent.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.SweepGrace;
        var sent = 0;
        await foreach (var id in store.ListWorkIdsAsync(cancellationToken))
        {
            try
            {
                if (await store.ReadWorkAsync(id, cancellationToken) is { Value.RunAt: var runAt } && runAt <= cutoff)
                {
                    await queue.SendAsync(new WorkMessage(id, runAt), TimeSpan.Zero, cancellationToken);
                    sent++;
                }
            }
            catch (InvalidDataException)
            {
                LogUnreadableWork(logger, id);
            }
        }

        if (sent > 0)
        {
            LogSwept(logger, sent);
        }

        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextSweep = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var received = 0;
            try
            {
                if (time.GetUtcNow() >= nextSweep)
                {
                    nextSweep = time.GetUtcNow() + options.SweepInterval;
                    await SweepAsync(stoppingToken);
                }

                received = (await DispatchRoundAsync(stoppingToken)).Received;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogRoundFailed(logger, exception.GetType().Name);
            }

            if (received == 0)
            {
                try
                {
                    await Task.Delay(options.PollInterval, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<(int Received, int Ran)> DispatchRoundAsync(CancellationToken cancellationToken)
    {
        var received = 0;
        var ran = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken };
        for (var batch = 0; batch < MaxBatchesPerRound; batch++)
        {
            var messages = await queue.ReceiveAsync(BatchSize, options.LeaseDuration, cancellationToken);
            received += messages.Length;
            await Parallel.ForEachAsync(messages, parallel, async (message, token) =>
            {
                if (await ProcessAsync(message, token))
                {
                    Interlocked.Increment(ref ran);
                }
            });

            if (messages.Length < BatchSize)
            {
                break;
            }
        }

        return (received, ran);
    }

    /// <summary>Handles one message; true when a handler was called.</summary>
    private async Task<bool> ProcessAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        if (!WorkMessage.TryParse(message.MessageText, out var body))
        {
            LogUnreadableMessage(logger, message.MessageId);
            await DeleteQuietlyAsync(message);
            return false;
        }

        RunResult result;
        try
        {
            result = await runner.RunAsync(body.Id, body.RunAt, cancellationToken);
        }
        catch (Exception exception) when (exception is StorageUnavailableException or InvalidDataException)
        {
            // The message surfaces again after its visibility timeout; one that keeps failing is dropped
            // (its work document, if readable, is picked up by the sweep).
            LogRunFailed(logger, body.Id, exception.GetType().Name, (int)message.DequeueCount);
            if (message.DequeueCount >= PoisonDequeueCount)
            {
                await DeleteQuietlyAsync(message);
            }

            return false;
        }

        try
        {
            switch (result.Outcome)
            {
                case RunOutcome.NotDue or RunOutcome.Retrying when result.NextRunAt is { } next:
                    // Send the successor before deleting: a crash in between leaves a duplicate, never a gap.
                    var delay = QueueDelay.Until(next, time.GetUtcNow());
                    await queue.SendAsync(new WorkMessage(body.Id, next), delay, CancellationToken.None);
                    await queue.DeleteAsync(message, CancellationToken.None);
                    LogReenqueued(logger, body.Id, delay);
                    break;
                case RunOutcome.Busy or RunOutcome.Interrupted:
                    // Surfaces again when the lease it was received with runs out.
                    break;
                default:
                    if (result.Outcome is RunOutcome.Missing or RunOutcome.Stale)
                    {
                        LogStale(logger, body.Id);
                    }

                    await queue.DeleteAsync(message, CancellationToken.None);
                    break;
            }
        }
        catch (StorageUnavailableException exception)
        {
            // An undeleted message is harmless: when it surfaces it is stale, or its work is done.
            LogQueueFailed(logger, body.Id, exception.GetType().Name);
        }

        return result.HandlerCalled;
    }

    private async Task DeleteQuietlyAsync(QueueMessage message)
    {
        try
        {
            await queue.DeleteAsync(message, CancellationToken.None);
        }
        catch (StorageUnavailableException)
        {
        }
    }

    [LoggerMessage(EventId = 5041, Level = LogLevel.Debug, Message = "Message for work {WorkId} re-enqueued to surface in {Delay}")]
    private static partial void LogReenqueued(ILogger logger, string workId, TimeSpan delay);

    [LoggerMessage(EventId = 5042, Level = LogLevel.Debug, Message = "Message for work {WorkId} dropped as stale")]
    private static partial void LogStale(ILogger logger, string workId);

    [LoggerMessage(EventId = 5043, Level = LogLevel.Error, Message = "Queue message {MessageId} is unreadable; deleted")]
    private static partial void LogUnreadableMessage(ILogger logger, string messageId);

    [LoggerMessage(EventId = 5044, Level = LogLevel.Warning, Message = "Work {WorkId} could not be run ({Reason}, delivery {DequeueCount}); its message surfaces again")]
    private static partial void LogRunFailed(ILogger logger, string workId, string reason, int dequeueCount);

    [LoggerMessage(EventId = 5045, Level = LogLevel.Warning, Message = "Queue update for work {WorkId} failed ({Reason}); the old message surfaces again")]
    private static partial void LogQueueFailed(ILogger logger, string workId, string reason);

    [LoggerMessage(EventId = 5046, Level = LogLevel.Information, Message = "Sweep enqueued {Count} overdue work items without a message")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(EventId = 5047, Level = LogLevel.Error, Message = "Work document {WorkId} is unreadable; skipped by the sweep")]
    private static partial void LogUnreadableWork(ILogger logger, string workId);

    [LoggerMessage(EventId = 5048, Level = LogLevel.Error, Message = "Queue round failed ({Reason})")]
    private static partial void LogRoundFailed(ILogger logger, string reason);
}
