using System.Text.Json;

namespace ReIntegratie.Bot.Storage;

/// <summary>Typed access to the document store: JSON in and out, and read-change-write with retry on conflict.</summary>
public sealed class JsonDocuments(IDocumentStore store)
{
    private const int MaxConflictRetries = 100;

    public IDocumentStore Store => store;

    public async Task<Versioned<T>?> ReadAsync<T>(string key, CancellationToken cancellationToken)
    {
        var document = await store.ReadAsync(key, cancellationToken);
        return document is null ? null : new Versioned<T>(Deserialize<T>(document), document.ETag);
    }

    /// <summary>Creates when <paramref name="etag"/> is null, else replaces conditionally. Returns the new ETag.</summary>
    public Task<string> SaveAsync<T>(string key, T value, string? etag, CancellationToken cancellationToken)
    {
        var content = JsonSerializer.SerializeToUtf8Bytes(value, StorageJson.Options);
        return etag is null
            ? store.CreateAsync(key, content, cancellationToken)
            : store.ReplaceAsync(key, content, etag, cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current value (null when absent) and writes it
    /// conditionally; on a conflict re-reads and applies again, so no concurrent change is lost.
    /// </summary>
    public async Task<T> UpdateAsync<T>(string key, Func<T?, T> change, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await ReadAsync<T>(key, cancellationToken);
            var changed = change(current?.Value);
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
