using System.Text.Json;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Preparation;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Conversations;

/// <summary>
/// Loads and saves <see cref="ConversationState"/>. Recently used documents are cached with their ETags,
/// so a turn usually costs one conditional write and no read; when another instance wrote first the
/// write fails with a conflict, the cached copy is dropped, and the caller redoes the turn on fresh state.
/// </summary>
public sealed class ConversationStateStore(IDocumentStore store, DocumentCache cache) : IClientConversations, IClientProgressSource
{
    public static string Key(string channelId, string conversationId) =>
        DocumentKey.Join("conversations", DocumentKey.Segment(channelId), DocumentKey.Segment(conversationId) + ".json");

    /// <summary>
    /// Loads for a turn: the cached copy may be older than the store, which the turn's conditional write
    /// detects. Readers that do not write must use <see cref="ReadFreshAsync"/>.
    /// </summary>
    public async Task<Versioned<ConversationState>?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        if (!cache.TryGet(key, out var document))
        {
            document = await store.ReadAsync(key, cancellationToken);
            if (document is null)
            {
                return null;
            }

            cache.Set(key, document);
        }

        try
        {
            var state = JsonSerializer.Deserialize<ConversationState>(document.Content, StorageJson.Options)
                        ?? throw new InvalidDataException($"Conversation document '{key}' is empty.");
            return new Versioned<ConversationState>(state, document.ETag);
        }
        catch (JsonException exception)
        {
            cache.Remove(key);
            throw new InvalidDataException($"Conversation document '{key}' cannot be read.", exception);
        }
    }

    /// <summary>Reads the stored state itself, bypassing (and refreshing) the cache: for views that never write.</summary>
    public async Task<ConversationState?> ReadFreshAsync(string key, CancellationToken cancellationToken)
    {
        cache.Remove(key);
        return (await LoadAsync(key, cancellationToken))?.Value;
    }

    /// <summary>Writes the state conditionally (create when <paramref name="etag"/> is null) and returns the new ETag.</summary>
    public async Task<string> SaveAsync(string key, ConversationState state, string? etag, CancellationToken cancellationToken)
    {
        var content = JsonSerializer.SerializeToUtf8Bytes(state, StorageJson.Options);
        try
        {
            var newETag = etag is null
                ? await store.CreateAsync(key, content, cancellationToken)
                : await store.ReplaceAsync(key, content, etag, cancellationToken);
            cache.Set(key, new StoredDocument(key, content, newETag));
            return newETag;
        }
        catch (Exception)
        {
            cache.Remove(key); // conflict or outage: the next turn must see the store's truth
            throw;
        }
    }

    /// <summary>
    /// Keeps <paramref name="state"/> as this instance's copy of the document at <paramref name="etag"/>
    /// without writing it: only for a change that may be lost (the next write of the turn stores it).
    /// </summary>
    public void Remember(string key, ConversationState state, string etag) =>
        cache.Set(key, new StoredDocument(key, JsonSerializer.SerializeToUtf8Bytes(state, StorageJson.Options), etag));

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        cache.Remove(key);
        await store.DeleteAsync(key, etag: null, cancellationToken);
    }

    /// <summary>
    /// Replaces the conversation's document by one that holds only its language and why it was cut off:
    /// the journey, answers and reference are gone, and the next message is told why once.
    /// </summary>
    public async Task CutOffAsync(string conversationKey, CutOffReason reason, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cache.Remove(conversationKey);
            Versioned<ConversationState>? current;
            try
            {
                current = await LoadAsync(conversationKey, cancellationToken);
            }
            catch (InvalidDataException)
            {
                await DeleteAsync(conversationKey, cancellationToken); // unreadable: nothing in it can be kept
                return;
            }

            if (current is null || current.Value.CutOff is not null && current.Value.Client is null)
            {
                return;
            }

            try
            {
                await SaveAsync(conversationKey, Tombstone(current.Value, reason), current.ETag, cancellationToken);
                return;
            }
            catch (DocumentConflictException) when (attempt < 10)
            {
                // the conversation's own turn wrote meanwhile: cut off what it wrote
            }
        }
    }

    public async Task HandOverAsync(string fromKey, string toKey, string appointmentId, CancellationToken cancellationToken)
    {
        var carried = false;
        for (var attempt = 1; ; attempt++)
        {
            cache.Remove(fromKey);
            Versioned<ConversationState>? from;
            try
            {
                from = await LoadAsync(fromKey, cancellationToken);
            }
            catch (InvalidDataException)
            {
                await DeleteAsync(fromKey, cancellationToken);
                return;
            }

            if (from?.Value.Client is { Consent: ConsentStatus.Given } journey && journey.AppointmentId == appointmentId)
            {
                carried = await CarryAsync(journey, from.Value.Language, toKey, overwrite: carried, cancellationToken) || carried;
            }

            if (from is null || from.Value.CutOff is not null && from.Value.Client is null)
            {
                return;
            }

            try
            {
                // Conditional on the copy just carried: an answer the old conversation stored meanwhile is carried too.
                await SaveAsync(fromKey, Tombstone(from.Value, CutOffReason.ContinuedElsewhere), from.ETag, cancellationToken);
                return;
            }
            catch (DocumentConflictException) when (attempt < 10)
            {
            }
        }
    }

    /// <summary>Writes the journey into the conversation it moves to; false when that one has answers of its own.</summary>
    private async Task<bool> CarryAsync(ClientJourney journey, string? language, string toKey, bool overwrite, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cache.Remove(toKey);
            var to = await LoadAsync(toKey, cancellationToken);
            var state = to?.Value ?? new ConversationState();
            if (!overwrite && state.Client is { } own && (own.VisitedSteps.Count > 0 || own.Answers.Questions.Count > 0 || own.Answers.Capabilities.Count > 0 || (own.AppointmentId is not null && own.AppointmentId != journey.AppointmentId)))
            {
                return false;
            }

            journey.Paused = false;
            state.Client = journey;
            state.Language = language ?? state.Language;
            state.CutOff = null;
            try
            {
                await SaveAsync(toKey, state, to?.ETag, cancellationToken);
                return true;
            }
            catch (DocumentConflictException) when (attempt < 10)
            {
            }
        }
    }

    private static ConversationState Tombstone(ConversationState current, CutOffReason reason) => new()
    {
        Language = current.Language,
        Welcomed = current.Welcomed,
        RecentActivityIds = current.RecentActivityIds,
        CutOff = reason,
    };

    public async Task<PreparationAnswers?> AnswersSoFarAsync(string conversationKey, CancellationToken cancellationToken)
    {
        try
        {
            return (await ReadFreshAsync(conversationKey, cancellationToken))?.Client?.Answers;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public async Task<ConversationReference?> ReferenceAsync(string conversationKey, CancellationToken cancellationToken) =>
        (await ReadFreshAsync(conversationKey, cancellationToken))?.Reference;
}
