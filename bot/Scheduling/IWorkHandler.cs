namespace ReIntegratie.Bot.Scheduling;

/// <summary>
/// Runs scheduled work of one <see cref="Kind"/>; register one per kind in DI. A handler should finish
/// well within the lease (its claim is renewed while it runs) and be safe to repeat after a crash:
/// work is never run twice after it completed, but a crash between the handler's effect and the
/// completion record means it runs again.
/// </summary>
public interface IWorkHandler
{
    /// <summary>The <see cref="ScheduledWork.Kind"/> this handler serves.</summary>
    string Kind { get; }

    /// <summary>Runs the work. An exception counts as a failed attempt; the work is retried with backoff.</summary>
    Task HandleAsync(ScheduledWork work, CancellationToken cancellationToken);
}
