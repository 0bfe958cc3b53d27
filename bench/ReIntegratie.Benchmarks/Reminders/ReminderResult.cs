using System.Text.Json.Serialization;

namespace ReIntegratie.Benchmarks.Reminders;

/// <summary>The reminders_10k entry of bench/results.json (times in seconds after the due minute).</summary>
public sealed record ReminderResult
{
    [JsonPropertyName("reminders")]
    public int Reminders { get; init; }

    /// <summary>
    /// From the due minute to the last reminder arriving at the connector: the figure against the 60 s
    /// target. Null when not all arrived within <see cref="TimeoutSeconds"/> (then see <see cref="Delivered"/>).
    /// </summary>
    [JsonPropertyName("dispatch_s")]
    public double? DispatchSeconds { get; init; }

    [JsonPropertyName("timeout_s")]
    public double TimeoutSeconds { get; init; }

    [JsonPropertyName("store")]
    public string Store { get; init; } = "azurite";

    [JsonPropertyName("first_s")]
    public double FirstSeconds { get; init; }

    [JsonPropertyName("p50_s")]
    public double P50Seconds { get; init; }

    [JsonPropertyName("p95_s")]
    public double P95Seconds { get; init; }

    [JsonPropertyName("p99_s")]
    public double P99Seconds { get; init; }

    /// <summary>Reminders per second between the first and the last arrival.</summary>
    [JsonPropertyName("reminders_per_s")]
    public double RemindersPerSecond { get; init; }

    [JsonPropertyName("delivered")]
    public int Delivered { get; init; }

    [JsonPropertyName("missing")]
    public int Missing { get; init; }

    /// <summary>Activities beyond the first in a client's conversation (each client had exactly one reminder due).</summary>
    [JsonPropertyName("sent_twice")]
    public int SentTwice { get; init; }

    [JsonPropertyName("storage_ops_per_reminder")]
    public double StorageOpsPerReminder { get; init; }


    [JsonPropertyName("target_s")]
    public double TargetSeconds { get; init; } = 60;
}

/// <summary>The Reminders entry of bench/results-details.json: how the figure came about.</summary>
public sealed record ReminderDetails
{
    public required Report.MachineInfo Machine { get; init; }
    public required string Configuration { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    public required double SeedConversationsSeconds { get; init; }
    public required double SeedRemindersSeconds { get; init; }
    public required double SecondsLeftBeforeDue { get; init; }
    public required bool SeedingOverran { get; init; }
    public required long StorageReads { get; init; }
    public required long StorageWrites { get; init; }
    public required long StorageDeletes { get; init; }
    public required long StorageLists { get; init; }
    public required int ActivitiesAtConnector { get; init; }

    /// <summary>Reminders that arrived after the timeout, while the run waited for the queue to drain (not in the figures).</summary>
    public required int DeliveredAfterTimeout { get; init; }
    public required int ConversationsWithMoreThanOne { get; init; }
    public required double WindowSeconds { get; init; }
    public required double BotCpuPercent { get; init; }
    /// <summary>Azurite's CPU (0 on the local store, which runs inside the bot).</summary>
    public required double AzuriteCpuPercent { get; init; }
    public required double DriverCpuPercent { get; init; }
    public required double OthersCpuPercent { get; init; }
    public required string LoadAveragesBefore { get; init; }
    public required string LoadAveragesAfter { get; init; }
    public required Dictionary<string, int> BotLogWarnings { get; init; }
    public required int[] DeliveredBySecond { get; init; }
    public required double TotalMinutes { get; init; }
}
