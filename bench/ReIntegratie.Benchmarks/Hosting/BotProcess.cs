using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace ReIntegratie.Benchmarks.Hosting;

/// <summary>
/// The published bot as its own process on 127.0.0.1, port 0 (the port Kestrel got is read from its
/// "Now listening on" line), configured only by command-line settings:
/// anonymous (empty MicrosoftAppId, so loopback activities need no token), warnings-only logging,
/// storage counters on, scheduled work left to its hourly poll. The environment is "Benchmark": not
/// Production (which refuses to run anonymously) and not Development (which adds the playground and the
/// developer exception page to every request), so the request pipeline is the one deployed.
/// </summary>
public sealed partial class BotProcess : IAsyncDisposable
{
    public const string ProfessionalTenant = "6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
    public const string Environment = "Benchmark";
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };
    private readonly ChildProcess process;

    private BotProcess(ChildProcess process, string baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public Uri MessagesUrl => new(BaseUrl + "/api/messages");

    public ChildProcess Process => process;

    /// <summary>Settings for the local folder store.</summary>
    public static Dictionary<string, string> LocalStore(string folder) => new()
    {
        ["Storage:Provider"] = "Local",
        ["Storage:Path"] = folder,
    };

    /// <summary>Settings for Azure Blob Storage (here: Azurite).</summary>
    public static Dictionary<string, string> BlobStore(string connectionString, string container) => new()
    {
        ["Storage:Provider"] = "AzureBlob",
        ["Storage:ConnectionString"] = connectionString,
        ["Storage:Container"] = container,
    };

    /// <summary>Starts the bot and waits until it listens, not until it answers: <see cref="WaitUntilHealthyAsync"/> does.</summary>
    public static async Task<BotProcess> StartAsync(string botDll, IDictionary<string, string> storage, string logPath)
    {
        var settings = new Dictionary<string, string>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information", // its "Now listening on" names the port
            ["Diagnostics:StorageCounters"] = "true",
            ["Scheduling:PollInterval"] = "01:00:00",
            ["Professionals:AllowedTenantIds:0"] = ProfessionalTenant,
        };
        foreach (var (key, value) in storage)
        {
            settings[key] = value;
        }

        var arguments = new List<string> { botDll, "--urls", "http://127.0.0.1:0", "--environment", Environment };
        foreach (var (key, value) in settings)
        {
            arguments.Add("--" + key);
            arguments.Add(value);
        }

        var process = ChildProcess.Start("dotnet", arguments, logPath, new Dictionary<string, string>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        }, workingDirectory: Path.GetDirectoryName(botDll), watch: ListeningLine());
        try
        {
            var listening = await process.NextMatchAsync(TimeSpan.FromSeconds(60), "the bot did not start listening");
            return new BotProcess(process, listening.Groups["url"].Value);
        }
        catch
        {
            await process.DisposeAsync(); // never leave a bot running that nobody owns
            throw;
        }
    }

    public static async Task<BotProcess> StartHealthyAsync(string botDll, IDictionary<string, string> storage, string logPath)
    {
        var bot = await StartAsync(botDll, storage, logPath);
        try
        {
            await bot.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>Polls GET /healthz until it answers 200; returns the time from process start to that answer.</summary>
    public async Task<TimeSpan> WaitUntilHealthyAsync(TimeSpan timeout, TimeSpan? pollEvery = null)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited during start-up:\n{process.LogTail()}");
            }

            try
            {
                using var response = await Http.GetAsync(BaseUrl + "/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return Stopwatch.GetElapsedTime(process.StartedTimestamp);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(pollEvery ?? TimeSpan.FromMilliseconds(20));
        }

        throw new TimeoutException($"the bot did not answer /healthz within {timeout.TotalSeconds:0} s:\n{process.LogTail()}");
    }

    /// <summary>The counting store's totals since start (GET /diagnostics/storage-operations).</summary>
    public async Task<StorageCounts> StorageCountsAsync() =>
        await Http.GetFromJsonAsync<StorageCounts>(BaseUrl + "/diagnostics/storage-operations")
        ?? throw new InvalidOperationException("no storage counts");

    public ValueTask DisposeAsync() => process.DisposeAsync();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"bot pid {process.Id} at {BaseUrl}");

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
