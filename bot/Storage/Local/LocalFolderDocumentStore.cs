using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace ReIntegratie.Bot.Storage.Local;

/// <summary>
/// The embedded default store: one file per document in a folder, with the blob store's semantics.
/// Writes go to a temporary file that is renamed over the document (atomic: a reader sees the old or
/// the new content, never half). The ETag is a hash of the content. A check-and-write holds a lock
/// stripe in this process and an exclusive lock file, so several processes on one folder stay correct.
/// </summary>
public sealed class LocalFolderDocumentStore : IDocumentStore
{
    private const int StripeCount = 64;
    private const string LockFolder = ".locks";
    private readonly string root;
    private readonly SemaphoreSlim[] stripes = Enumerable.Range(0, StripeCount).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public LocalFolderDocumentStore(string root)
    {
        this.root = Path.GetFullPath(root);
        Directory.CreateDirectory(Path.Combine(this.root, LockFolder));
    }

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        try
        {
            var content = await File.ReadAllBytesAsync(path, cancellationToken);
            return new StoredDocument(key, content, ETagOf(content));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"Local store could not read '{key}'.", exception);
        }
    }

    public Task<string> CreateAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        WriteAsync(key, content, expectedETag: null, cancellationToken);

    public Task<string> ReplaceAsync(string key, ReadOnlyMemory<byte> content, string etag, CancellationToken cancellationToken) =>
        WriteAsync(key, content, etag, cancellationToken);

    public async Task<bool> DeleteAsync(string key, string? etag, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return await UnderLockAsync(key, () =>
        {
            var current = CurrentETag(path);
            if (current is null)
            {
                return false;
            }

            if (etag is not null && etag != current)
            {
                throw new DocumentConflictException(key);
            }

            File.Delete(path);
            return true;
        }, cancellationToken);
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        DocumentKey.ValidatePrefix(prefix);
        var lastSlash = prefix.LastIndexOf('/');
        var folder = lastSlash < 0 ? root : Path.Combine(root, prefix[..lastSlash]);
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            if (key.StartsWith(prefix, StringComparison.Ordinal) && !key.Split('/').Any(s => s.StartsWith('.')))
            {
                yield return key;
            }
        }

        await Task.CompletedTask;
    }

    private async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, string? expectedETag, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return await UnderLockAsync(key, () =>
        {
            var current = CurrentETag(path);
            if (expectedETag is null ? current is not null : current != expectedETag)
            {
                throw new DocumentConflictException(key);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".tmp-{Guid.NewGuid():N}");
            File.WriteAllBytes(temporary, content.Span);
            File.Move(temporary, path, overwrite: true);
            return ETagOf(content.Span);
        }, cancellationToken);
    }

    private async Task<T> UnderLockAsync<T>(string key, Func<T> action, CancellationToken cancellationToken)
    {
        var stripe = StripeOf(key);
        await stripes[stripe].WaitAsync(cancellationToken);
        try
        {
            using var fileLock = await AcquireFileLockAsync(stripe, cancellationToken);
            return action();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"Local store could not write '{key}'.", exception);
        }
        finally
        {
            stripes[stripe].Release();
        }
    }

    private async Task<FileStream> AcquireFileLockAsync(int stripe, CancellationToken cancellationToken)
    {
        var lockPath = Path.Combine(root, LockFolder, $"{stripe}.lock");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 2000)
            {
                await Task.Delay(1, cancellationToken); // another process holds this stripe
            }
        }
    }

    private static string? CurrentETag(string path)
    {
        try
        {
            return ETagOf(File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private string PathOf(string key)
    {
        DocumentKey.Validate(key);
        return Path.Combine(root, key.Replace('/', Path.DirectorySeparatorChar));
    }

    /// <summary>
    /// The lock stripe (and lock file) of a key: the same in every process, which string hash codes are not
    /// (they are seeded per process), so two processes writing one document take the same lock file.
    /// </summary>
    public static int StripeOf(string key) =>
        (int)(System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key))) % StripeCount);

    private static string ETagOf(ReadOnlySpan<byte> content) =>
        "\"" + Convert.ToHexStringLower(SHA256.HashData(content)[..12]) + "\"";
}
