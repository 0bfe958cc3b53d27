namespace ReIntegratie.Bot.Scheduling;

/// <summary>What one attempt to run a work item came to.</summary>
public enum RunOutcome
{
    /// <summary>The handler succeeded and the completion was recorded.</summary>
    Completed,

    /// <summary>The handler failed; the work was pushed back to <see cref="RunResult.NextRunAt"/>.</summary>
    Retrying,

    /// <summary>The handler failed its last attempt; the work was dropped.</summary>
    GaveUp,

    /// <summary>There is no such work (cancelled, or completed and removed).</summary>
    Missing,

    /// <summary>The work changed since it was looked up (rescheduled, retried elsewhere): this sighting is out of date.</summary>
    Stale,

    /// <summary>The work is not due until <see cref="RunResult.NextRunAt"/>.</summary>
    NotDue,

    /// <summary>Another instance holds an unexpired claim.</summary>
    Busy,

    /// <summary>The work had already completed; the leftover document was removed without running it.</summary>
    AlreadyDone,

    /// <summary>Stopped by shutdown (or a lost lease) before the handler finished; the work stays pending.</summary>
    Interrupted,
}
