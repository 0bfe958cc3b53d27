using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace ReIntegratie.Bot.Storage.Blob;

/// <summary>
/// Documents as block blobs in one container. Creates send If-None-Match: *, replaces If-Match; the
/// ETag comes from the download itself, so a read is one round trip.
/// </summary>
public sealed class BlobDocumentStore(BlobContainerClient container) : IDocumentStore
{
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
        try
        {
            var response = await container.GetBlobClient(key).UploadAsync(
                new BinaryData(content),
                new BlobUploadOptions { Conditions = conditions, HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
                cancellationToken);
            return response.Value.ETag.ToString();
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412 or 404)
        {
            throw new DocumentConflictException(key);
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            throw Unavailable("write", key, exception);
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
