using System.Text.Json;

namespace ReIntegratie.Bot.Storage;

/// <summary>
/// Typed access to the document store: JSON in and out, and read-change-write with retry on conflict.
/// With a <paramref name="cache"/>, documents this instance read or wrote are remembered with their ETags
/// and <see cref="UpdateAsync{T}"/> starts from the remembered copy: its write is conditional on that
/// ETag, so a copy that went stale (another instance wrote) only costs a conflict, after which the
/// document is read from the store. <see cref="ReadAsync{T}"/> always reads the store.
/// </summary>
public sealed class JsonDocuments(IDocumentStore store, DocumentCache? cache = null)
{
    private const int MaxConflictRetries = 100;

    public IDocumentStore Store => store;

    public async Task<Versioned<T>?> ReadAsync<T>(string key, CancellationToken cancellationToken)
    {
        var document = await ReadStoreAsync(key, cancellationToken);
        return document is null ? null : new Versioned<T>(Deserialize<T>(document), document.ETag);
    }

    /// <summary>
    /// The copy this instance remembers when it has one (it may be older than the store), otherwise the
    /// store's. Only for a first look that a conditional write, or a read of the store, confirms.
    /// </summary>
    public async Task<Versioned<T>?> ReadRememberedAsync<T>(string key, CancellationToken cancellationToken)
    {
        if (cache is not null && cache.TryGet(key, out var remembered))
        {
            try
            {
                return new Versioned<T>(Deserialize<T>(remembered), remembered.ETag);
            }
            catch (InvalidDataException)
            {
                cache.Remove(key);
            }
        }

        return await ReadAsync<T>(key, cancellationToken);
    }

    /// <summary>Creates when <paramref name="etag"/> is null, else replaces conditionally. Returns the new ETag.</summary>
    public Task<string> SaveAsync<T>(string key, T value, string? etag, CancellationToken cancellationToken) =>
        WriteAsync(key, JsonSerializer.SerializeToUtf8Bytes(value, StorageJson.Options), etag, cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the current value (null when absent) and writes it
    /// conditionally; on a conflict re-reads and applies again, so no concurrent change is lost.
    /// </summary>
    public async Task<T> UpdateAsync<T>(string key, Func<T?, T> change, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            Versioned<T>? current;
            T changed;
            if (attempt == 1 && cache is not null && cache.TryGet(key, out var remembered))
            {
                try
                {
                    current = new Versioned<T>(Deserialize<T>(remembered), remembered.ETag);
                    changed = change(current.Value);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    cache.Remove(key); // the remembered copy may be what the change objects to: decide on the store's copy
                    current = await ReadAsync<T>(key, cancellationToken);
                    changed = change(current?.Value);
                }
            }
            else
            {
                current = await ReadAsync<T>(key, cancellationToken);
                changed = change(current?.Value);
            }

            try
            {
                await SaveAsync(key, changed, current?.ETag, cancellationToken);
                return changed;
            }
            catch (DocumentConflictException) when (attempt < MaxConflictRetries)
            {
                // Jittered, growing pause: with many writers on one document each round has one winner.
                await Task.Delay(Random.Shared.Next(0, Math.Min(100, 5 * attempt) + 1), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Writes the value whatever is stored now. Tries to create first (one round trip for a new
    /// document); only when one exists does it read its ETag and replace it conditionally.
    /// </summary>
    public async Task<T> PutAsync<T>(string key, T value, CancellationToken cancellationToken)
        where T : class
    {
        var content = JsonSerializer.SerializeToUtf8Bytes(value, StorageJson.Options);
        for (var attempt = 1; ; attempt++)
        {
            var etag = attempt == 1 ? null : (await ReadStoreAsync(key, cancellationToken))?.ETag;
            try
            {
                await WriteAsync(key, content, etag, cancellationToken);
                return value;
            }
            catch (DocumentConflictException) when (attempt < MaxConflictRetries)
            {
                if (attempt > 1)
                {
                    await Task.Delay(Random.Shared.Next(0, Math.Min(100, 5 * attempt) + 1), cancellationToken);
                }
            }
        }
    }

    /// <summary>Deletes the document (only if unchanged when an ETag is given) and forgets any remembered copy.</summary>
    public Task<bool> DeleteAsync(string key, string? etag, CancellationToken cancellationToken)
    {
        cache?.Remove(key);
        return store.DeleteAsync(key, etag, cancellationToken);
    }

    private async Task<StoredDocument?> ReadStoreAsync(string key, CancellationToken cancellationToken)
    {
        var document = await store.ReadAsync(key, cancellationToken);
        if (cache is not null)
        {
            if (document is null)
            {
                cache.Remove(key);
            }
            else
            {
                cache.Set(key, document);
            }
        }

        return document;
    }

    private async Task<string> WriteAsync(string key, byte[] content, string? etag, CancellationToken cancellationToken)
    {
        try
        {
            var newETag = etag is null
                ? await store.CreateAsync(key, content, cancellationToken)
                : await store.ReplaceAsync(key, content, etag, cancellationToken);
            cache?.Set(key, new StoredDocument(key, content, newETag));
            return newETag;
        }
        catch (Exception)
        {
            cache?.Remove(key); // conflict or outage: the next update must start from the store's copy
            throw;
        }
    }

    private static T Deserialize<T>(StoredDocument document)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(document.Content, StorageJson.Options)
                   ?? throw new InvalidDataException($"Document '{document.Key}' is empty.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Document '{document.Key}' is not a valid {typeof(T).Name}.", exception);
        }
    }
}
