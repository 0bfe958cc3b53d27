using System.Text.Json.Serialization;

namespace ReIntegratie.Benchmarks.Load;

/// <summary>One load model's figures, as written to bench/results.json.</summary>
public sealed record ModelResult
{
    [JsonPropertyName("turns_per_s")]
    public double TurnsPerSecond { get; init; }

    [JsonPropertyName("p50_ms")]
    public double P50Ms { get; init; }

    [JsonPropertyName("p95_ms")]
    public double P95Ms { get; init; }

    [JsonPropertyName("p99_ms")]
    public double P99Ms { get; init; }

    [JsonPropertyName("storage_ops_per_turn")]
    public double StorageOpsPerTurn { get; init; }

    /// <summary>The offered rate (turns/s), for the fixed-rate model only.</summary>
    [JsonPropertyName("rate")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Rate { get; init; }

    /// <summary>How the figures came about (turns, errors, window, CPU): for results-details.json and the table.</summary>
    [JsonIgnore]
    public ModelDetails Details { get; init; } = new();
}

/// <summary>The counts behind a <see cref="ModelResult"/>.</summary>
public sealed record ModelDetails
{
    public int Turns { get; init; }
    public int FailedTurns { get; init; }
    public double WindowSeconds { get; init; }
    public double MaxMs { get; init; }
    public int JourneysCompleted { get; init; }
    /// <summary>Invitation codes that had to be made inside the measured window (the pool ran dry): should be 0.</summary>
    public int CodesMadeInWindow { get; init; }
    public long StorageReads { get; init; }
    public long StorageWrites { get; init; }
    public long StorageDeletes { get; init; }
    public long StorageLists { get; init; }
    public double BotCpuPercent { get; init; }
    public double StoreCpuPercent { get; init; }
    public double DriverCpuPercent { get; init; }
    public double OthersCpuPercent { get; init; }
    public double LoadAverageBefore { get; init; }
    public double LoadAverageAfter { get; init; }
    public Dictionary<string, int> Problems { get; init; } = [];
}
