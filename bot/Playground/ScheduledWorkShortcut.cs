using ReIntegratie.Bot.Scheduling;

namespace ReIntegratie.Bot.Playground;

/// <summary>
/// "Run scheduled work now": makes the earliest pending work due now and dispatches what is due, so a
/// summary delivery can be seen without waiting for its time (reminders have their own: ReminderDispatcher.SendNextNowAsync).
/// </summary>
public sealed class ScheduledWorkShortcut(WorkStore store, IWorkScheduler scheduler, IWorkDispatcher dispatcher, TimeProvider clock)
{
    public sealed record Outcome(string WorkId, string Kind, DateTimeOffset PlannedFor, int HandlerCalls, bool Done);

    /// <summary>Null when nothing is pending.</summary>
    public async Task<Outcome?> RunEarliestAsync(CancellationToken cancellationToken)
    {
        StoredWork? earliest = null;
        await foreach (var id in store.ListWorkIdsAsync(cancellationToken))
        {
            try
            {
                if (await store.ReadWorkAsync(id, cancellationToken) is { } work && (earliest is null || work.Value.RunAt < earliest.RunAt))
                {
                    earliest = work.Value;
                }
            }
            catch (InvalidDataException)
            {
                // An unreadable work document is the dispatcher's to report; it is not a candidate here.
            }
        }

        if (earliest is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (earliest.RunAt > now)
        {
            await scheduler.ScheduleAsync(new ScheduledWork(earliest.Id, earliest.Kind, earliest.Payload, now), cancellationToken);
        }

        var calls = await dispatcher.DispatchDueAsync(cancellationToken);
        return new Outcome(earliest.Id, earliest.Kind, earliest.RunAt, calls, await store.IsDoneAsync(earliest.Id, cancellationToken));
    }
}
