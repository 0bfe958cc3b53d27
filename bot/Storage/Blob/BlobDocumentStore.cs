using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace ReIntegratie.Bot.Storage.Blob;

/// <summary>
/// Documents as block blobs in one container. Creates send If-None-Match: *, replaces If-Match; the
/// ETag comes from the download itself, so a read is one round trip.
/// </summary>
/// <remarks>
/// Every write carries a write id of its own in the blob's metadata. The storage client retries a write whose
/// answer did not arrive in time; when the first attempt did land, the retry meets its own write and fails with
/// 409/412. Such a conflict is checked against the write id: the write is reported as done, not as lost to
/// another writer (which would make the caller redo a turn that was already stored).
/// </remarks>
public sealed class BlobDocumentStore(BlobContainerClient container) : IDocumentStore
{
    private const string WriteIdKey = "writeid";

    private readonly SemaphoreSlim ensureLock = new(1, 1);
    private volatile bool containerReady;

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        DocumentKey.Validate(key);
        await EnsureContainerAsync(cancellationToken);
        try
        {
            var result = await container.GetBlobClient(key).DownloadContentAsync(cancellationToken);
            return new StoredDocument(key, result.Value.Content.ToArray(), result.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            throw Unavailable("read", key, exception);
        }
    }

    public Task<string> CreateAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        UploadAsync(key, content, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken);

    public Task<string> ReplaceAsync(string key, ReadOnlyMemory<byte> content, string etag, CancellationToken cancellationToken) =>
        UploadAsync(key, content, new BlobRequestConditions { IfMatch = new ETag(etag) }, cancellationToken);

    public async Task<bool> DeleteAsync(string key, string? etag, CancellationToken cancellationToken)
    {
        DocumentKey.Validate(key);
        await EnsureContainerAsync(cancellationToken);
        try
        {
            var conditions = etag is null ? null : new BlobRequestConditions { IfMatch = new ETag(etag) };
            var response = await container.GetBlobClient(key).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, conditions, cancellationToken);
            return response.Value;
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            throw new DocumentConflictException(key);
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            throw Unavailable("delete", key, exception);
        }
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        DocumentKey.ValidatePrefix(prefix);
        await EnsureContainerAsync(cancellationToken);
        var pages = container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken).AsPages().GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                Page<BlobItem> page;
                try
                {
                    if (!await pages.MoveNextAsync())
                    {
                        yield break;
                    }

                    page = pages.Current;
                }
                catch (Exception exception) when (IsUnavailable(exception))
                {
                    throw Unavailable("list", prefix, exception);
                }

                foreach (var item in page.Values)
                {
                    yield return item.Name;
                }
            }
        }
        finally
        {
            await pages.DisposeAsync();
        }
    }

    private async Task<string> UploadAsync(string key, ReadOnlyMemory<byte> content, BlobRequestConditions conditions, CancellationToken cancellationToken)
    {
        DocumentKey.Validate(key);
        await EnsureContainerAsync(cancellationToken);
        var blob = container.GetBlobClient(key);
        var writeId = Guid.NewGuid().ToString("N");
        try
        {
            var response = await blob.UploadAsync(
                new BinaryData(content),
                new BlobUploadOptions
                {
                    Conditions = conditions,
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                    Metadata = new Dictionary<string, string> { [WriteIdKey] = writeId },
                },
                cancellationToken);
            return response.Value.ETag.ToString();
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412 or 404)
        {
            return await ETagIfWrittenByAsync(blob, writeId, cancellationToken) ?? throw new DocumentConflictException(key);
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            throw Unavailable("write", key, exception);
        }
    }

    private static async Task<string?> ETagIfWrittenByAsync(BlobClient blob, string writeId, CancellationToken cancellationToken)
    {
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            return properties.Metadata.TryGetValue(WriteIdKey, out var stored) && stored == writeId ? properties.ETag.ToString() : null;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            throw Unavailable("check the write of", blob.Name, exception);
        }
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (containerReady)
        {
            return;
        }

        await ensureLock.WaitAsync(cancellationToken);
        try
        {
            if (!containerReady)
            {
                await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                containerReady = true;
            }
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            throw Unavailable("prepare container", container.Name, exception);
        }
        finally
        {
            ensureLock.Release();
        }
    }

    private static bool IsUnavailable(Exception exception) => exception switch
    {
        RequestFailedException failed => failed.Status is 0 or 408 or 429 or >= 500 or 403 or 401,
        HttpRequestException or TimeoutException or IOException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsUnavailable),
        OperationCanceledException => true,
        _ => false,
    };

    private static StorageUnavailableException Unavailable(string operation, string key, Exception exception) =>
        new($"Blob store could not {operation} '{key}'.", exception);
}
