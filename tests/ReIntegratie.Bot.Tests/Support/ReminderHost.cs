using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReIntegratie.Bot.Registrations;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>
/// A bot instance for reminder tests: the real host on a local folder (or a shared one), its own fake
/// clock from Tuesday 20 October 2026, a professional's desk, and rounds that run only when the test asks.
/// </summary>
public sealed class ReminderHost : IAsyncDisposable
{
    public const string Tenant = "tenant-reminders";

    private ReminderHost(BotHost host, LoopbackConnector connector, FakeTimeProvider clock)
    {
        Host = host;
        Connector = connector;
        Clock = clock;
        Desk = new ProfessionalDesk(host, connector, Tenant);
    }

    public BotHost Host { get; }

    public LoopbackConnector Connector { get; }

    public FakeTimeProvider Clock { get; }

    public ProfessionalDesk Desk { get; }

    public IDocumentStore Store => Get<IDocumentStore>();

    public static ReminderHost Start(LoopbackConnector connector, string? storagePath = null, Action<IServiceCollection>? services = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 20, 8, 0, 0, TimeSpan.Zero));
        var settings = new Dictionary<string, string?>
        {
            ["Professionals:AllowedTenantIds:0"] = Tenant,
            ["Scheduling:PollInterval"] = "30.00:00:00", // the test runs the rounds; the fake clock must not wake the loop
            ["Scheduling:LeaseDuration"] = "00:00:15",
        };
        if (storagePath is not null)
        {
            settings["Storage:Path"] = storagePath;
        }

        return new ReminderHost(new BotHost(settings, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            services?.Invoke(s);
        }), connector, clock);
    }

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public Task<OmaClient> NewClientAsync(string conversationId) => OmaClient.StartAsync(Desk, Host, Connector, conversationId);

    /// <summary>Sets the clock and runs one reminder round; returns how many were sent.</summary>
    public Task<int> DispatchAtAsync(DateTimeOffset instant)
    {
        Clock.SetUtcNow(instant);
        return Get<ReminderDispatcher>().DispatchDueAsync(default);
    }

    public async Task<IReadOnlyList<string>> KeysAsync(string prefix)
    {
        var keys = new List<string>();
        await foreach (var key in Store.ListAsync(prefix, default))
        {
            keys.Add(key);
        }

        return keys;
    }

    /// <summary>The documents under <paramref name="prefix"/> whose key or content holds <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<string>> KeysMentioningAsync(string prefix, string text)
    {
        var found = new List<string>();
        foreach (var key in await KeysAsync(prefix))
        {
            var document = await Store.ReadAsync(key, default);
            if (key.Contains(text, StringComparison.Ordinal) ||
                (document is not null && System.Text.Encoding.UTF8.GetString(document.Content).Contains(text, StringComparison.Ordinal)))
            {
                found.Add(key);
            }
        }

        return found;
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
