namespace ReIntegratie.Bot.Scheduling.Queue;

/// <summary>The visibility delay of a work message: how long until the work runs, within what Azure Queue Storage allows.</summary>
public static class QueueDelay
{
    /// <summary>The longest visibility delay a queue accepts; work further out is re-enqueued when its message surfaces.</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromDays(7);

    /// <summary>
    /// Zero when <paramref name="runAt"/> has come; otherwise the time left rounded up to whole seconds
    /// (the queue counts in seconds, and a message must not surface early), at most <see cref="Maximum"/>.
    /// </summary>
    public static TimeSpan Until(DateTimeOffset runAt, DateTimeOffset now)
    {
        var remaining = runAt - now;
        if (remaining <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return remaining >= Maximum ? Maximum : TimeSpan.FromSeconds(Math.Ceiling(remaining.TotalSeconds));
    }
}
