using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>
/// The real bot host (Program) in memory, configured only through settings, with its own temporary
/// storage folder. Replies leave through real HTTP to a <see cref="LoopbackConnector"/>.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configureServices;
    private readonly string environment;
    private readonly bool ownsStorage;

    public BotHost(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null, string environment = "Development")
    {
        ownsStorage = settings?.ContainsKey("Storage:Path") != true;
        StoragePath = settings?.TryGetValue("Storage:Path", out var shared) == true && shared is not null
            ? shared
            : Path.Combine(Path.GetTempPath(), "reintegratie-tests", Guid.NewGuid().ToString("N"));
        this.settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Local",
            ["Storage:Path"] = StoragePath,
            ["Connector:RetryBaseDelay"] = "00:00:00.010",
            ["Connector:RetryMaxDelay"] = "00:00:00.100",
            ["Logging:LogLevel:Default"] = "Debug",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }

        this.configureServices = configureServices;
        this.environment = environment;
    }

    public string StoragePath { get; }

    public CapturedLogs Logs { get; } = new();

    /// <summary>The appointment the last <see cref="ClientChat.NewAppointmentAsync"/> on this host created (per host: tests run in parallel).</summary>
    public string? LastAppointmentId { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services => configureServices?.Invoke(services));
    }

    public Task<HttpResponseMessage> PostActivityAsync(Activity activity, string? bearerToken = null) =>
        PostRawAsync(JsonSerializer.Serialize(activity, ProtocolJson.Options), bearerToken);

    public Task<HttpResponseMessage> PostRawAsync(string json, string? bearerToken = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return CreateClient().SendAsync(request);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!ownsStorage)
        {
            return;
        }

        try
        {
            Directory.Delete(StoragePath, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
