using System.Globalization;

namespace ReIntegratie.Benchmarks.Reminders;

/// <summary>How bench reminders runs. The defaults are the reported run (10,000 reminders due in one minute).</summary>
public sealed record ReminderSettings
{
    public int Clients { get; init; } = 10_000;

    /// <summary>azurite: the deployed configuration (Azure Blob + Azure Queue, on Azurite); local: local folder + in-process dispatch.</summary>
    public string Store { get; init; } = "azurite";

    /// <summary>Concurrent writers while seeding (not part of the measurement).</summary>
    public int SeedParallelism { get; init; } = 32;

    /// <summary>The bot's Scheduling:MaxParallelism; null leaves the deployed default.</summary>
    public int? BotParallelism { get; init; }

    /// <summary>How long after the due minute to wait for the last reminder before giving up.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);


    public TimeSpan MaxLoadWait { get; init; } = TimeSpan.FromSeconds(180);
    public double QuietLoad { get; init; } = 2.0;
    public bool Publish { get; init; } = true;
    public bool PublishFromHead { get; init; }
    public bool Quick { get; init; }

    public static ReminderSettings Parse(string[] args)
    {
        var settings = new ReminderSettings();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Whole(int minimum) => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= minimum
                ? n
                : throw new ArgumentException($"{args[i]} needs a whole number of at least {minimum}");

            settings = args[i] switch
            {
                "--quick" => settings with { Quick = true, Clients = 1_000, MaxLoadWait = TimeSpan.Zero },
                "--clients" => settings with { Clients = Whole(1) },
                "--store" => settings with { Store = Value() is "azurite" or "local" ? args[i] : throw new ArgumentException("--store is azurite or local") },
                "--seed-parallelism" => settings with { SeedParallelism = Whole(1) },
                "--bot-parallelism" => settings with { BotParallelism = Whole(1) },
                "--timeout-seconds" => settings with { Timeout = TimeSpan.FromSeconds(Whole(10)) },
                "--max-load-wait" => settings with { MaxLoadWait = TimeSpan.FromSeconds(Whole(0)) },
                "--no-publish" => settings with { Publish = false },
                "--bot-from-head" => settings with { PublishFromHead = true },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }

        return settings;
    }
}
