namespace ReIntegratie.Bot.Storage;

/// <summary>Settings section "Diagnostics".</summary>
public sealed class StorageDiagnosticsOptions
{
    public const string Section = "Diagnostics";

    /// <summary>
    /// Counts the store's round trips (<see cref="CountingDocumentStore"/>) and maps GET /diagnostics/storage-operations,
    /// for benchmarks. Off: neither is in the pipeline.
    /// </summary>
    public bool StorageCounters { get; set; }
}
