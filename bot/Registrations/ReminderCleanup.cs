using ReIntegratie.Bot.Scheduling;

namespace ReIntegratie.Bot.Registrations;

/// <summary>
/// Removes the reminders' minute index behind the dispatch: every due entry and settled record of the
/// hours that are closed (behind the watermark) and older than <see cref="SchedulingOptions.ReminderCleanupAge"/>.
/// The <see cref="ReminderDispatcher"/>'s loop runs it on its own cadence after a round, never inside
/// one: deletes are what blob storage (Azurite above all) is slow at, and sends must not wait for them.
/// A run does at most <see cref="MaxOperationsPerRun"/> listings and deletes. Hour by hour it deletes
/// the due entries, then the settled records, then moves its mark past the hour.
/// </summary>
/// <remarks>
/// Why removing settled records is safe: one is read only when another entry of a reminder it lists is
/// dispatched. A reminder's entries all lie within the late limit (an hour) and a minute after it falls
/// due, and its claims are made no earlier than the first of them. A record whose minute is a day behind
/// the watermark therefore has no entry left that could still be dispatched and lead to it.
/// </remarks>
public sealed partial class ReminderCleanup(ReminderIndex index, SchedulingOptions options, TimeProvider clock, ILogger<ReminderCleanup> logger)
{
    public const int MaxOperationsPerRun = 1000;

    /// <summary>One run. Returns true when it stopped at its budget with more to remove.</summary>
    public async Task<bool> CleanAsync(CancellationToken cancellationToken)
    {
        if (await index.ReadWatermarkAsync(cancellationToken) is not { } watermark)
        {
            return false; // nothing was ever planned
        }

        var now = ReminderIndex.MinuteOf(clock.GetUtcNow());
        var limit = (watermark < now ? watermark : now) - options.ReminderCleanupAge;
        var mark = await index.ReadCleanupMarkAsync(cancellationToken);

        // Without a mark (the first run) one listing finds where to start; with nothing dated there, at the
        // limit: whatever is written from now on lies after it.
        var hour = ReminderIndex.HourOf(mark ?? await index.FindOldestHourAsync(cancellationToken) ?? limit);
        var used = 0;
        var deleted = 0;
        var stopped = false;
        while (hour.AddHours(1) <= limit)
        {
            if (used + 2 > MaxOperationsPerRun)
            {
                stopped = true;
                break;
            }

            var (due, settled) = await index.KeysOfHourAsync(hour, cancellationToken);
            used += 2;
            var done = true;
            foreach (var keys in new[] { due, settled })
            {
                var allowed = MaxOperationsPerRun - used;
                deleted += await DeleteAsync([.. keys.Take(allowed)], cancellationToken);
                used += Math.Min(allowed, keys.Count);
                done &= keys.Count <= allowed;
                if (!done)
                {
                    break;
                }
            }

            if (!done)
            {
                stopped = true; // the mark stays on this hour: the next run lists it again
                break;
            }

            hour = hour.AddHours(1);
        }

        if (mark is null || hour > mark)
        {
            await index.AdvanceCleanupMarkAsync(hour, cancellationToken);
        }

        if (deleted > 0)
        {
            LogCleaned(logger, deleted, hour);
        }

        return stopped;
    }

    private async Task<int> DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(keys, parallel, async (key, token) =>
        {
            if (await index.DeleteAsync(key, token))
            {
                Interlocked.Increment(ref deleted);
            }
        });
        return deleted;
    }

    [LoggerMessage(EventId = 4020, Level = LogLevel.Information, Message = "Reminder clean-up removed {Count} documents; everything before {Hour:u} is gone")]
    private static partial void LogCleaned(ILogger logger, int count, DateTimeOffset hour);
}
