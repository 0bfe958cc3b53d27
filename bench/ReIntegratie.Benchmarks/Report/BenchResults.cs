using System.Text.Json.Serialization;
using ReIntegratie.Benchmarks.Load;

namespace ReIntegratie.Benchmarks.Report;

/// <summary>bench/results.json: the figures of one end-to-end run: per store and load model, plus the ceiling, working set, start-up and reminders.</summary>
public sealed record BenchResults
{
    [JsonPropertyName("local")]
    public required StoreResults Local { get; init; }

    [JsonPropertyName("azurite")]
    public required StoreResults Azurite { get; init; }

    [JsonPropertyName("storage_ceiling_writes_per_s")]
    public double StorageCeilingWritesPerSecond { get; init; }

    [JsonPropertyName("working_set_mb_10k")]
    public double WorkingSetMb10k { get; init; }

    [JsonPropertyName("startup_ms")]
    public double StartupMs { get; init; }
}

/// <summary>The three load models on one store.</summary>
public sealed record StoreResults
{
    [JsonPropertyName("one")]
    public required ModelResult One { get; init; }

    [JsonPropertyName("saturation")]
    public required ModelResult Saturation { get; init; }

    [JsonPropertyName("fixed_rate")]
    public required ModelResult FixedRate { get; init; }
}
