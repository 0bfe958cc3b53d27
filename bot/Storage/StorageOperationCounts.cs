namespace ReIntegratie.Bot.Storage;

/// <summary>Round trips to the store since start. <see cref="Total"/> counts every kind.</summary>
public sealed record StorageOperationCounts(long Reads, long Writes, long Deletes, long Lists)
{
    public long Total => Reads + Writes + Deletes + Lists;
}
