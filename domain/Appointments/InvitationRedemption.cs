namespace ReIntegratie.Domain.Appointments;

/// <summary>The typed result of redeeming an invitation code.</summary>
/// <param name="AppointmentId">The appointment, when the code was right (also when expired or used elsewhere).</param>
public sealed record InvitationRedemption(RedemptionOutcome Outcome, string? AppointmentId)
{
    public const string TextKeyPrefix = "invitation.outcome.";

    /// <summary>No stored invitation has the code's hash.</summary>
    public static InvitationRedemption NotFound { get; } = new(RedemptionOutcome.WrongCode, null);

    /// <summary>The conversation may continue with the appointment.</summary>
    public bool Succeeded => Outcome is RedemptionOutcome.Redeemed or RedemptionOutcome.AlreadyRedeemedHere;

    /// <summary>The invitation changed (it was bound) and must be written back.</summary>
    public bool Changed => Outcome == RedemptionOutcome.Redeemed;

    /// <summary>
    /// Record a failed attempt for <see cref="InvitationAttemptLimiter"/>: only a well-formed code that
    /// matches no invitation. Input that is not a code at all cannot guess one, so it does not count.
    /// </summary>
    public bool CountsAsFailedAttempt => Outcome == RedemptionOutcome.WrongCode;

    /// <summary>The text key of the message for the client, e.g. "invitation.outcome.expired".</summary>
    public string TextKey => TextKeyOf(Outcome);

    public static string TextKeyOf(RedemptionOutcome outcome)
    {
        var name = outcome.ToString();
        return TextKeyPrefix + char.ToLowerInvariant(name[0]) + name[1..];
    }
}
