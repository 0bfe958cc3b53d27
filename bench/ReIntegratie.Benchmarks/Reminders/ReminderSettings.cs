using System.CommandLine;

namespace ReIntegratie.Benchmarks.Reminders;

/// <summary>How the reminders command runs. The defaults are the reported run (10,000 reminders due in one minute).</summary>
public sealed record ReminderSettings
{
    public int Clients { get; init; } = 10_000;

    /// <summary>azurite: the deployed configuration (Azure Blob + Azure Queue, on Azurite); local: local folder + in-process dispatch.</summary>
    public string Store { get; init; } = "azurite";

    /// <summary>Concurrent writers while seeding (not part of the measurement).</summary>
    public int SeedParallelism { get; init; } = 32;

    /// <summary>How long after the due minute to wait for the last reminder before giving up.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan MaxLoadWait { get; init; } = TimeSpan.FromSeconds(180);
    public double QuietLoad { get; init; } = 2.0;
    public bool Publish { get; init; } = true;
    public bool Quick { get; init; }

    /// <summary>The "reminders" command and its options.</summary>
    public static Command Command()
    {
        var store = new Option<string>("--store")
        {
            Description = "azurite: Azure Blob storage and Azure Queue scheduling on Azurite, as deployed; local: the local folder store with in-process dispatch.",
            DefaultValueFactory = _ => "azurite",
        };
        store.AcceptOnlyFromAmong("azurite", "local");
        var clients = new Option<int?>("--clients") { Description = "Reminders due in the same minute, one per client [default: 10000; 1000 with --quick]. Only 10000 is written to the results." };
        var quick = new Option<bool>("--quick") { Description = "1,000 reminders and no waiting for a quiet machine: a smoke run; nothing is written." };
        var timeout = new Option<int>("--timeout-seconds") { Description = "How long after the due minute to wait for the last reminder.", DefaultValueFactory = _ => 300 };
        var maxLoadWait = new Option<int?>("--max-load-wait") { Description = "Seconds to wait for a 1-minute load average below 2 before seeding [default: 180; 0 with --quick]." };
        var noPublish = new Option<bool>("--no-publish") { Description = "Reuse the bot published by the last run instead of publishing it again." };
        clients.Validators.Add(result => BenchSettings.Require(result.GetValueOrDefault<int?>() is null or > 0, result, "--clients must be above 0."));
        timeout.Validators.Add(result => BenchSettings.Require(result.GetValueOrDefault<int>() >= 10, result, "--timeout-seconds must be 10 or more."));
        maxLoadWait.Validators.Add(result => BenchSettings.Require(result.GetValueOrDefault<int?>() is null or >= 0, result, "--max-load-wait must be 0 or more."));

        var command = new Command("reminders",
            "The time the bot takes to dispatch 10,000 registration reminders due in the same minute to the loopback connector, " +
            "counting deliveries per conversation (none may arrive twice); writes the reminders_10k entry (local store: " +
            "reminders_10k_local) of bench/results.json (about 4 min on Azurite, 2 min local).")
        {
            store, clients, quick, timeout, maxLoadWait, noPublish,
        };
        command.SetAction((parse, _) =>
        {
            var isQuick = parse.GetValue(quick);
            var settings = new ReminderSettings
            {
                Quick = isQuick,
                Store = parse.GetValue(store)!,
                Clients = parse.GetValue(clients) ?? (isQuick ? 1_000 : 10_000),
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                MaxLoadWait = TimeSpan.FromSeconds(parse.GetValue(maxLoadWait) ?? (isQuick ? 0 : 180)),
                Publish = !parse.GetValue(noPublish),
            };
            return ReminderRun.RunAsync(settings);
        });
        return command;
    }
}
