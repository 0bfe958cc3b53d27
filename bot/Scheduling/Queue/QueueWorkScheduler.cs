namespace ReIntegratie.Bot.Scheduling.Queue;

/// <summary>
/// Schedules on the document store, then enqueues a message that surfaces when the work is due (or
/// after 7 days, to be re-enqueued). If the message cannot be sent the call fails, but the work
/// document stays and the dispatcher's sweep enqueues it once it is overdue.
/// </summary>
public sealed class QueueWorkScheduler(DocumentWorkScheduler documents, WorkQueue queue, TimeProvider time) : IWorkScheduler
{
    public async Task<bool> ScheduleAsync(ScheduledWork work, CancellationToken cancellationToken)
    {
        if (!await documents.ScheduleAsync(work, cancellationToken))
        {
            return false;
        }

        var runAt = work.DueAt.ToUniversalTime();
        await queue.SendAsync(new WorkMessage(work.Id, runAt), QueueDelay.Until(runAt, time.GetUtcNow()), cancellationToken);
        return true;
    }

    /// <summary>Deletes the work document; its message finds nothing when it surfaces and is dropped.</summary>
    public Task<bool> CancelAsync(string id, CancellationToken cancellationToken) => documents.CancelAsync(id, cancellationToken);

    public Task<int> CancelByPrefixAsync(string idPrefix, CancellationToken cancellationToken) =>
        documents.CancelByPrefixAsync(idPrefix, cancellationToken);
}
