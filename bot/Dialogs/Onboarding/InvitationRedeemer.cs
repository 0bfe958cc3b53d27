using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Bot.Dialogs.Onboarding;

/// <summary>
/// Checks a typed invitation code and binds its invitation to this conversation (first use wins, by a
/// conditional write). Wrong codes count towards the limit of 5 tries in 15 minutes per conversation.
/// </summary>
public sealed class InvitationRedeemer(AppointmentStore store, TimeProvider clock)
{
    private const int MaxConflictRetries = 5;

    public async Task<CodeCheck> RedeemAsync(string? typed, string conversationKey, ClientJourney journey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        journey.FailedCodeAttempts = [.. InvitationAttemptLimiter.Counted(journey.FailedCodeAttempts, now)];
        var decision = InvitationAttemptLimiter.Check(journey.FailedCodeAttempts, now);
        if (!decision.IsAllowed)
        {
            return CodeCheck.Refused(InvitationAttemptLimiter.TooManyAttemptsTextKey, decision.MinutesToWait);
        }

        if (!InvitationCode.TryParse(typed, out var code))
        {
            return CodeCheck.Refused(InvitationAttemptLimiter.NotACodeTextKey);
        }

        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.ReadInvitationAsync(code.Hash, cancellationToken);
            var invitation = stored?.Value;
            var redemption = invitation?.Redeem(code, conversationKey, now) ?? InvitationRedemption.NotFound;
            if (redemption.CountsAsFailedAttempt)
            {
                journey.FailedCodeAttempts.Add(now);
            }

            if (!redemption.Succeeded || invitation is null)
            {
                return CodeCheck.Refused(redemption.TextKey);
            }

            if (redemption.Changed)
            {
                try
                {
                    await store.SaveInvitationAsync(invitation, stored!.ETag, cancellationToken);
                }
                catch (DocumentConflictException) when (attempt < MaxConflictRetries)
                {
                    continue; // another conversation redeemed at the same moment: look again
                }
            }

            var appointment = (await store.ReadAppointmentAsync(invitation.AppointmentId, cancellationToken))?.Value;
            if (appointment is null || !appointment.CanBegin)
            {
                return CodeCheck.Refused(InvitationRedemption.TextKeyOf(RedemptionOutcome.Revoked));
            }

            if (redemption.Changed)
            {
                await store.UpdateLinksAsync(appointment.Id, links => links.ClientConversationKey = conversationKey, cancellationToken);
            }

            journey.AppointmentId = appointment.Id;
            journey.Parts = appointment.Parts;
            journey.FailedCodeAttempts.Clear();
            return CodeCheck.Ok(redemption.TextKey);
        }
    }
}
