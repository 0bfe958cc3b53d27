using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Scheduling.InProcess;

/// <summary>
/// The local backend: every <see cref="SchedulingOptions.PollInterval"/> it lists the work documents
/// and runs what is due, a few at a time. Several processes on one shared folder (or blob container)
/// are safe: the claims decide who runs what.
/// </summary>
public sealed partial class InProcessDispatcher(
    WorkStore store, WorkRunner runner, SchedulingOptions options, TimeProvider time, ILogger<InProcessDispatcher> logger)
    : PollingService(options.PollInterval, time), IWorkDispatcher
{
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var due = new List<StoredWork>();
        await foreach (var id in store.ListWorkIdsAsync(cancellationToken))
        {
            try
            {
                if (await store.ReadWorkAsync(id, cancellationToken) is { Value.RunAt: var runAt } work && runAt <= now)
                {
                    due.Add(work.Value);
                }
            }
            catch (InvalidDataException)
            {
                LogUnreadable(logger, id);
            }
        }

        var ran = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due.OrderBy(work => work.RunAt), parallel, async (work, token) =>
        {
            try
            {
                if ((await runner.RunAsync(work.Id, expectedRunAt: null, token)).HandlerCalled)
                {
                    Interlocked.Increment(ref ran);
                }
            }
            catch (Exception exception) when (exception is StorageUnavailableException or InvalidDataException)
            {
                // Left as it is: the next round tries again, other work goes on.
                LogRunFailed(logger, work.Id, exception.GetType().Name);
            }
        });
        return ran;
    }

    protected override Task RunRoundAsync(CancellationToken cancellationToken) => DispatchDueAsync(cancellationToken);

    protected override void OnRoundFailed(Exception exception) => LogRoundFailed(logger, exception.GetType().Name);

    [LoggerMessage(EventId = 5021, Level = LogLevel.Error, Message = "Work document {WorkId} is unreadable; skipped")]
    private static partial void LogUnreadable(ILogger logger, string workId);

    [LoggerMessage(EventId = 5022, Level = LogLevel.Warning, Message = "Work {WorkId} could not be run ({Reason}); trying again next round")]
    private static partial void LogRunFailed(ILogger logger, string workId, string reason);

    [LoggerMessage(EventId = 5023, Level = LogLevel.Error, Message = "Scheduling round failed ({Reason})")]
    private static partial void LogRoundFailed(ILogger logger, string reason);
}
