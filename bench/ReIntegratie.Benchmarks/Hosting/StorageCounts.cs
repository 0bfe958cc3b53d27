namespace ReIntegratie.Benchmarks.Hosting;

/// <summary>The bot's storage round trips since it started, as /diagnostics/storage-operations reports them.</summary>
public sealed record StorageCounts(long Reads, long Writes, long Deletes, long Lists, long Total)
{
    public static StorageCounts operator -(StorageCounts after, StorageCounts before) =>
        new(after.Reads - before.Reads, after.Writes - before.Writes, after.Deletes - before.Deletes, after.Lists - before.Lists, after.Total - before.Total);
}
