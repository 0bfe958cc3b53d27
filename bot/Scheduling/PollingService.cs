namespace ReIntegratie.Bot.Scheduling;

/// <summary>
/// A hosted service that runs a round, waits <paramref name="interval"/> (on the injected clock), and
/// runs the next, until the host stops. A failed round is reported and does not end the loop.
/// </summary>
public abstract class PollingService(TimeSpan interval, TimeProvider clock) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    protected abstract Task RunRoundAsync(CancellationToken cancellationToken);

    protected abstract void OnRoundFailed(Exception exception);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                OnRoundFailed(exception);
            }

            try
            {
                await Task.Delay(interval, Clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
