namespace ReIntegratie.Bot.Scheduling;

/// <summary>Finds due work and runs it; the hosted service calls it on its own schedule, tests call it directly.</summary>
public interface IWorkDispatcher
{
    /// <summary>Runs what is due now (per the injected clock). Returns how many handler calls were made.</summary>
    Task<int> DispatchDueAsync(CancellationToken cancellationToken);
}
