using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Appointments;

/// <summary>
/// What the appointment service may do to a client's conversation document without knowing its shape:
/// cut it off (its journey and answers are dropped; it is told why on its next message) or delete it.
/// Both are idempotent, and a turn of that conversation running meanwhile loses its write and is redone.
/// </summary>
public interface IClientConversations
{
    Task CutOffAsync(string conversationKey, CutOffReason reason, CancellationToken cancellationToken);

    /// <summary>
    /// The client goes on in <paramref name="toKey"/>: what <paramref name="fromKey"/> filled in for the
    /// appointment is written there first (unless that conversation holds answers of its own), then
    /// <paramref name="fromKey"/> is cut off. A turn of <paramref name="toKey"/> running meanwhile loses its
    /// write and is redone on the document with the answers.
    /// </summary>
    Task HandOverAsync(string fromKey, string toKey, string appointmentId, CancellationToken cancellationToken);

    Task DeleteAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>How to reach the conversation proactively, or null when it is gone.</summary>
    Task<ConversationReference?> ReferenceAsync(string conversationKey, CancellationToken cancellationToken);
}
