using ReIntegratie.Bot.Scheduling;

namespace ReIntegratie.Bot.Playground;

/// <summary>
/// "Run scheduled work now": makes the earliest pending work due now and dispatches what is due, so a
/// summary delivery or a registration reminder can be seen without waiting for its time. A
/// <see cref="Filter"/> narrows the choice, e.g. to the reminders of one appointment.
/// </summary>
/// <remarks>
/// Only the work document's time moves (it is rescheduled for now); what the handler reads from its
/// payload (the reminder's own due time in the domain, the summary's appointment) is unchanged. A reminder run early is therefore never "too late"
/// (<c>ReminderSchedule.IsTooLate</c> compares now with the reminder's due time, which is still ahead).
/// </remarks>
public sealed class ScheduledWorkShortcut(WorkStore store, IWorkScheduler scheduler, IWorkDispatcher dispatcher, TimeProvider clock)
{
    /// <summary>What ran: the work (its payload as the handler got it), when it had been planned for, and whether it completed.</summary>
    public sealed record Outcome(string WorkId, string Kind, DateTimeOffset PlannedFor, int HandlerCalls, bool Done, string Payload);

    /// <summary>
    /// Which pending work may be chosen: of <paramref name="Kind"/> (any when null), with an id starting
    /// with <paramref name="IdPrefix"/> (any when null), and, checked in order of run time until one
    /// passes, <paramref name="StillWanted"/> (e.g. "its assignment is not paused").
    /// </summary>
    public sealed record Filter(string? Kind = null, string? IdPrefix = null, Func<StoredWork, CancellationToken, Task<bool>>? StillWanted = null)
    {
        public static Filter Any { get; } = new();
    }

    /// <summary>The earliest pending work of any kind. Null when nothing is pending.</summary>
    public Task<Outcome?> RunEarliestAsync(CancellationToken cancellationToken) => RunEarliestAsync(Filter.Any, cancellationToken);

    /// <summary>The earliest pending work that passes <paramref name="filter"/>. Null when there is none.</summary>
    public async Task<Outcome?> RunEarliestAsync(Filter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var candidates = new List<StoredWork>();
        await foreach (var id in store.ListWorkIdsAsync(cancellationToken))
        {
            if (filter.IdPrefix is { } prefix && !id.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                if (await store.ReadWorkAsync(id, cancellationToken) is { } work && (filter.Kind is null || work.Value.Kind == filter.Kind))
                {
                    candidates.Add(work.Value);
                }
            }
            catch (InvalidDataException)
            {
                // An unreadable work document is the dispatcher's to report; it is not a candidate here.
            }
        }

        StoredWork? earliest = null;
        foreach (var work in candidates.OrderBy(w => w.RunAt).ThenBy(w => w.Id, StringComparer.Ordinal))
        {
            if (filter.StillWanted is null || await filter.StillWanted(work, cancellationToken))
            {
                earliest = work;
                break;
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
        return new Outcome(earliest.Id, earliest.Kind, earliest.RunAt, calls, await store.IsDoneAsync(earliest.Id, cancellationToken), earliest.Payload);
    }
}
