using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Appointments;

/// <summary>
/// An invitation to prepare one appointment, stored under the hash of its code (never the code).
/// The first conversation that redeems it before it expires is bound to it; after that it works
/// only in that conversation. Times are passed in.
/// </summary>
public sealed class Invitation
{
    [JsonConstructor]
    private Invitation()
    {
    }

    /// <summary>SHA-256 hex of the normalised code (<see cref="InvitationCode.Hash"/>).</summary>
    [JsonInclude]
    public string CodeHash { get; private set; } = string.Empty;

    [JsonInclude]
    public string AppointmentId { get; private set; } = string.Empty;

    [JsonInclude]
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The conversation that redeemed the code (e.g. "{channelId}/{conversationId}"), or null.</summary>
    [JsonInclude]
    public string? BoundConversationKey { get; private set; }

    [JsonInclude]
    public DateTimeOffset? BoundAt { get; private set; }

    [JsonInclude]
    public DateTimeOffset? RevokedAt { get; private set; }

    public static Invitation Issue(InvitationCode code, string appointmentId, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(appointmentId);
        return new Invitation { CodeHash = code.Hash, AppointmentId = appointmentId, ExpiresAt = expiresAt };
    }

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>
    /// Redeems the code for a conversation. In order: a code that does not match is WrongCode; a
    /// revoked invitation is Revoked; one bound to this conversation is AlreadyRedeemedHere (also
    /// after expiry), bound to another is UsedByAnotherConversation; past <see cref="ExpiresAt"/> is
    /// Expired; otherwise it binds to this conversation: Redeemed (write it back).
    /// </summary>
    public InvitationRedemption Redeem(InvitationCode code, string conversationKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationKey);
        if (!code.Matches(CodeHash))
        {
            return InvitationRedemption.NotFound;
        }

        if (RevokedAt is not null)
        {
            return Result(RedemptionOutcome.Revoked);
        }

        if (BoundConversationKey is not null)
        {
            return Result(BoundConversationKey == conversationKey
                ? RedemptionOutcome.AlreadyRedeemedHere
                : RedemptionOutcome.UsedByAnotherConversation);
        }

        if (IsExpired(now))
        {
            return Result(RedemptionOutcome.Expired);
        }

        BoundConversationKey = conversationKey;
        BoundAt = now;
        return Result(RedemptionOutcome.Redeemed);
    }

    /// <summary>
    /// The client came back in another conversation with the right PIN: from now on the code works there
    /// (and in the conversation it left only with the PIN again). False when the invitation was withdrawn.
    /// </summary>
    public bool MoveTo(string conversationKey, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationKey);
        if (RevokedAt is not null)
        {
            return false;
        }

        BoundConversationKey = conversationKey;
        BoundAt = now;
        return true;
    }

    /// <summary>Withdraws the invitation (e.g. when the appointment is cancelled). Revoking twice keeps the first time.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    private InvitationRedemption Result(RedemptionOutcome outcome) => new(outcome, AppointmentId);
}
