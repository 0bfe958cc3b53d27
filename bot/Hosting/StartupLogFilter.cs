namespace ReIntegratie.Bot.Hosting;

/// <summary>
/// While the host starts, its own error ("Hosting failed to start", with the exception's stack trace) would
/// repeat what Program ends with anyway: one line for a problem the person starting the bot can fix (a taken
/// port, <see cref="StartupProblem"/>), the unhandled exception with its trace for anything else. So until the
/// host has started, only its critical messages pass; after that, all of them.
/// </summary>
public static class StartupLogFilter
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
    private static volatile bool started;

    public static void Apply(ILoggingBuilder logging)
    {
        // The host logs at Debug and from Error up; its Error before start is the one left out.
        logging.AddFilter(HostCategory, level => level >= LogLevel.Information && (started || level != LogLevel.Error));
        logging.Services.AddHostedService<StartedSignal>();
    }

    private sealed class StartedSignal(IHostApplicationLifetime lifetime) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStarted.Register(() => started = true);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
