using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Appointments;

/// <summary>What happened when a client typed an invitation code; each has a text "invitation.outcome.*".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RedemptionOutcome>))]
public enum RedemptionOutcome
{
    /// <summary>First use: the invitation is now bound to this conversation.</summary>
    Redeemed,

    /// <summary>This conversation already used the code: carry on (even after the expiry).</summary>
    AlreadyRedeemedHere,

    /// <summary>No invitation has this code. Counts as a failed attempt.</summary>
    WrongCode,

    /// <summary>The invitation expired before it was used.</summary>
    Expired,

    /// <summary>Another conversation already used the code; one code is for one client.</summary>
    UsedByAnotherConversation,

    /// <summary>The professional withdrew the invitation (e.g. cancelled the appointment).</summary>
    Revoked,
}
