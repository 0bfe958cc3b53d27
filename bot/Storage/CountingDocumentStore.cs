using System.Runtime.CompilerServices;

namespace ReIntegratie.Bot.Storage;

/// <summary>
/// Counts the store's round trips (reads, creates, replaces, deletes, list pages) so benchmarks can
/// report storage operations per turn. Wraps the real store; costs one interlocked add per call.
/// </summary>
public sealed class CountingDocumentStore(IDocumentStore inner) : IDocumentStore
{
    private long reads;
    private long writes;
    private long deletes;
    private long lists;

    public StorageOperationCounts Counts => new(Interlocked.Read(ref reads), Interlocked.Read(ref writes), Interlocked.Read(ref deletes), Interlocked.Read(ref lists));

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref reads);
        return inner.ReadAsync(key, cancellationToken);
    }

    public Task<string> CreateAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref writes);
        return inner.CreateAsync(key, content, cancellationToken);
    }

    public Task<string> ReplaceAsync(string key, ReadOnlyMemory<byte> content, string etag, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref writes);
        return inner.ReplaceAsync(key, content, etag, cancellationToken);
    }

    public Task<bool> DeleteAsync(string key, string? etag, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref deletes);
        return inner.DeleteAsync(key, etag, cancellationToken);
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref lists);
        await foreach (var key in inner.ListAsync(prefix, cancellationToken))
        {
            yield return key;
        }
    }
}
