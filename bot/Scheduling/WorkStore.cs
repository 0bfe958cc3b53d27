using System.Runtime.CompilerServices;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Scheduling;

/// <summary>
/// The scheduler's documents in the document store: work (the truth about what is pending), claims
/// (who runs it now) and completions (what must never run again). Every write is conditional.
/// </summary>
public sealed class WorkStore(IDocumentStore store)
{
    private readonly JsonDocuments documents = new(store);

    public Task<Versioned<StoredWork>?> ReadWorkAsync(string id, CancellationToken cancellationToken) =>
        documents.ReadAsync<StoredWork>(WorkKeys.Work(id), cancellationToken);

    /// <summary>Writes the work whatever its current version (create in one round trip, or reschedule).</summary>
    public Task<StoredWork> PutWorkAsync(StoredWork work, CancellationToken cancellationToken) =>
        documents.PutAsync(WorkKeys.Work(work.Id), work, cancellationToken);

    /// <summary>Replaces the work if it is still at <paramref name="etag"/>; throws a conflict otherwise.</summary>
    public Task<string> ReplaceWorkAsync(StoredWork work, string etag, CancellationToken cancellationToken) =>
        documents.SaveAsync(WorkKeys.Work(work.Id), work, etag, cancellationToken);

    /// <summary>Deletes the work (only at <paramref name="etag"/> when given). False when it was gone or had changed.</summary>
    public Task<bool> DeleteWorkAsync(string id, string? etag, CancellationToken cancellationToken) =>
        DeleteAsync(WorkKeys.Work(id), etag, cancellationToken);

    public IAsyncEnumerable<string> ListWorkIdsAsync(CancellationToken cancellationToken) =>
        ListIdsAsync(WorkKeys.WorkFolder, cancellationToken);

    public async Task<bool> IsDoneAsync(string id, CancellationToken cancellationToken) =>
        await store.ReadAsync(WorkKeys.Done(id), cancellationToken) is not null;

    /// <summary>Records the completion if none exists (If-None-Match). False when the work had already completed.</summary>
    public async Task<bool> TryMarkDoneAsync(WorkCompletion completion, CancellationToken cancellationToken)
    {
        try
        {
            await documents.SaveAsync(WorkKeys.Done(completion.Id), completion, etag: null, cancellationToken);
            return true;
        }
        catch (DocumentConflictException)
        {
            return false;
        }
    }

    /// <summary>Creates the claim if there is none; throws a conflict otherwise. Returns its ETag.</summary>
    public Task<string> CreateClaimAsync(WorkClaim claim, CancellationToken cancellationToken) =>
        documents.SaveAsync(WorkKeys.Claim(claim.Id), claim, etag: null, cancellationToken);

    public Task<Versioned<WorkClaim>?> ReadClaimAsync(string id, CancellationToken cancellationToken) =>
        documents.ReadAsync<WorkClaim>(WorkKeys.Claim(id), cancellationToken);

    /// <summary>Replaces the claim if it is still at <paramref name="etag"/>; throws a conflict otherwise.</summary>
    public Task<string> ReplaceClaimAsync(WorkClaim claim, string etag, CancellationToken cancellationToken) =>
        documents.SaveAsync(WorkKeys.Claim(claim.Id), claim, etag, cancellationToken);

    /// <summary>Deletes the claim if it is still at <paramref name="etag"/>. False when it was gone or taken over.</summary>
    public Task<bool> DeleteClaimAsync(string id, string etag, CancellationToken cancellationToken) =>
        DeleteAsync(WorkKeys.Claim(id), etag, cancellationToken);

    /// <summary>Deletes pending work, claims and completions whose id starts with <paramref name="idPrefix"/>. Returns how much pending work was deleted.</summary>
    public async Task<int> ForgetByPrefixAsync(string idPrefix, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(idPrefix);
        var cancelled = 0;
        foreach (var folder in new[] { WorkKeys.WorkFolder, WorkKeys.ClaimFolder, WorkKeys.DoneFolder })
        {
            var keys = new List<string>();
            await foreach (var key in store.ListAsync(folder, cancellationToken))
            {
                if (WorkKeys.IdOf(key) is { } id && id.StartsWith(idPrefix, StringComparison.Ordinal))
                {
                    keys.Add(key);
                }
            }

            foreach (var key in keys)
            {
                if (await store.DeleteAsync(key, etag: null, cancellationToken) && folder == WorkKeys.WorkFolder)
                {
                    cancelled++;
                }
            }
        }

        return cancelled;
    }

    private async Task<bool> DeleteAsync(string key, string? etag, CancellationToken cancellationToken)
    {
        try
        {
            return await store.DeleteAsync(key, etag, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            return false;
        }
    }

    private async IAsyncEnumerable<string> ListIdsAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var key in store.ListAsync(folder, cancellationToken))
        {
            if (WorkKeys.IdOf(key) is { } id)
            {
                yield return id;
            }
        }
    }
}
