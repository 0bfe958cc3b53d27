namespace ReIntegratie.Bot.Scheduling;

/// <summary>
/// Durable scheduled work: what is scheduled survives restarts and runs once, on one instance, when it
/// is due. The work lives in the document store; a dispatcher runs it at least once and never twice
/// for the same id (a failing handler is retried with backoff, then dropped).
/// </summary>
public interface IWorkScheduler
{
    /// <summary>
    /// Creates the work, or reschedules it when work with this id is pending (kind, payload and due
    /// time are replaced, failed attempts forgotten). Returns false, and changes nothing, when work
    /// with this id has already completed. Rescheduling work while its handler runs does not make it
    /// run again: an id runs at most once.
    /// </summary>
    /// <exception cref="ArgumentException">The id, kind or payload is invalid, or no handler serves the kind.</exception>
    Task<bool> ScheduleAsync(ScheduledWork work, CancellationToken cancellationToken);

    /// <summary>Cancels pending work by id. False when there was none.</summary>
    Task<bool> CancelAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets all work whose id starts with <paramref name="idPrefix"/> (ordinal): pending work is
    /// cancelled and completion records are deleted, e.g. "summary/{appointmentId}/" when a client's
    /// data is deleted. Returns how many pending items were cancelled.
    /// </summary>
    Task<int> CancelByPrefixAsync(string idPrefix, CancellationToken cancellationToken);
}
