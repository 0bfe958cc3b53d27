using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReIntegratie.Playground.Tests.Support;

/// <summary>
/// The real bot (Program) as a Kestrel server on 127.0.0.1 with a free port, in the given environment,
/// with its own temporary storage folder and a scheduler that does not poll by itself (the playground's
/// "run scheduled work now" drives it). Only settings differ from <c>dotnet run --project bot</c>, and,
/// when a test asks for one, the clock (e.g. <see cref="DaytimeClock"/>).
/// </summary>
public sealed class PlaygroundServer : WebApplicationFactory<Program>
{
    private readonly string environment;
    private readonly TimeProvider? clock;
    private readonly bool withCredentials;

    /// <param name="withCredentials">Gives the bot an app id in Development too (other environments always get one).</param>
    public PlaygroundServer(string environment = "Development", TimeProvider? clock = null, bool withCredentials = false)
    {
        this.environment = environment;
        this.clock = clock;
        this.withCredentials = withCredentials;
        StoragePath = Path.Combine(Path.GetTempPath(), "reintegratie-playground-tests", Guid.NewGuid().ToString("N"));
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartWithin(StartupLimit);
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    /// <summary>A bot that does not start in this time fails the test instead of hanging it.</summary>
    public static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(45);

    private static volatile bool startupHung;

    /// <summary>E.g. http://127.0.0.1:41234/ — the server the browser and HTTP tests talk to.</summary>
    public Uri BaseAddress { get; }

    public string StoragePath { get; }

    public LogBuffer Logs { get; } = new();

    /// <summary>A plain HttpClient to the real server (not the in-memory test client).</summary>
    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Local",
            ["Storage:Path"] = StoragePath,
            ["Scheduling:Provider"] = "InProcess",
            ["Scheduling:PollInterval"] = "01:00:00",
            ["Connector:RetryBaseDelay"] = "00:00:00.010",
            ["Connector:RetryMaxDelay"] = "00:00:00.100",
            ["Logging:LogLevel:Default"] = "Information",
        };
        if (environment != "Development" || withCredentials)
        {
            // Only Development runs without credentials; these are never used (no token is fetched for this host's own connector).
            settings["MicrosoftAppType"] = "MultiTenant";
            settings["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001";
            settings["MicrosoftAppPassword"] = "not-used";
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs));
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    private void StartWithin(TimeSpan limit)
    {
        if (startupHung)
        {
            throw new TimeoutException("An earlier start of the bot in this test run did not finish; not waiting again.");
        }

        var start = Task.Run(StartServer);
        if (!start.Wait(limit))
        {
            startupHung = true;
            throw new TimeoutException($"The bot did not start within {limit.TotalSeconds:F0} s. Its log:{Environment.NewLine}{Logs.Tail(30)}");
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(StoragePath, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
