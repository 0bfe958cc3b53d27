using System.Text.Json;

namespace ReIntegratie.Bot.Scheduling;

/// <summary>
/// The scheduler on the document store alone: scheduling writes the work document, cancelling deletes
/// it. The in-process dispatcher finds it by listing; the queue scheduler adds a message on top.
/// </summary>
public sealed class DocumentWorkScheduler(WorkStore store, WorkHandlers handlers) : IWorkScheduler
{
    public async Task<bool> ScheduleAsync(ScheduledWork work, CancellationToken cancellationToken)
    {
        Validate(work);
        if (await store.IsDoneAsync(work.Id, cancellationToken))
        {
            return false;
        }

        // A completion that lands between this check and the write is caught by the dispatcher, which
        // checks the completion record again under its claim.
        await store.PutWorkAsync(StoredWork.From(work), cancellationToken);
        return true;
    }

    public Task<bool> CancelAsync(string id, CancellationToken cancellationToken)
    {
        WorkKeys.ValidateId(id);
        return store.DeleteWorkAsync(id, etag: null, cancellationToken);
    }

    public Task<int> CancelByPrefixAsync(string idPrefix, CancellationToken cancellationToken) =>
        store.ForgetByPrefixAsync(idPrefix, cancellationToken);

    private void Validate(ScheduledWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        WorkKeys.ValidateId(work.Id);
        ArgumentException.ThrowIfNullOrEmpty(work.Kind, nameof(work));
        if (handlers.Find(work.Kind) is null)
        {
            throw new ArgumentException($"No work handler is registered for kind '{work.Kind}'.", nameof(work));
        }

        if (work.Payload is null || work.Payload.Length > ScheduledWork.MaxPayloadLength)
        {
            throw new ArgumentException($"A work payload is JSON text of at most {ScheduledWork.MaxPayloadLength} characters.", nameof(work));
        }

        try
        {
            using var _ = JsonDocument.Parse(work.Payload);
        }
        catch (JsonException exception)
        {
            throw new ArgumentException($"The payload of work '{work.Id}' is not JSON.", nameof(work), exception);
        }
    }
}
