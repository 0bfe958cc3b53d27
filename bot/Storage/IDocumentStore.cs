namespace ReIntegratie.Bot.Storage;

/// <summary>
/// A store of JSON documents by key with optimistic concurrency: every write is conditional on the ETag
/// that was read (create only if absent, replace only if unchanged). A lost race surfaces as
/// <see cref="DocumentConflictException"/>; an unreachable store as <see cref="StorageUnavailableException"/>.
/// Keys are '/'-separated segments checked by <see cref="DocumentKey"/>.
/// </summary>
public interface IDocumentStore
{
    /// <summary>The document with its ETag, or null when there is none.</summary>
    Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Creates the document; throws a conflict when it already exists. Returns the new ETag.</summary>
    Task<string> CreateAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Replaces the document if its ETag is still <paramref name="etag"/>; otherwise (or when it is gone) throws a conflict.</summary>
    Task<string> ReplaceAsync(string key, ReadOnlyMemory<byte> content, string etag, CancellationToken cancellationToken);

    /// <summary>Deletes the document (only if unchanged when an ETag is given). False when there was nothing to delete.</summary>
    Task<bool> DeleteAsync(string key, string? etag, CancellationToken cancellationToken);

    /// <summary>The keys that start with <paramref name="prefix"/>, in no particular order.</summary>
    IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken);
}
