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

            var tombstone = new ConversationState
            {
                Language = current.Value.Language,
                Welcomed = current.Value.Welcomed,
                RecentActivityIds = current.Value.RecentActivityIds,
                CutOff = reason,
            };
            try
            {
                await SaveAsync(conversationKey, tombstone, current.ETag, cancellationToken);
                return;
            }
            catch (DocumentConflictException) when (attempt < 10)
            {
                // the conversation's own turn wrote meanwhile: cut off what it wrote
            }
        }
    }

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
