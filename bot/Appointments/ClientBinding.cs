using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Bot.Appointments;

/// <summary>
/// Which conversation may act for an appointment. A conversation becomes the one by redeeming the
/// current code (any conversation bound before is cut off); every write for a client goes through
/// <see cref="ChangeIfAllowedAsync"/>, which checks the binding and the appointment's status in the same
/// conditional write of the appointment, so a conversation that was cut off, or an appointment that was
/// cancelled or erased meanwhile, never gets a write through.
/// </summary>
public sealed class ClientBinding(AppointmentStore store, InvitationAttempts attempts, IClientConversations conversations, TimeProvider clock)
{
    private const int MaxConflictRetries = 5;

    /// <summary>
    /// Checks a typed code and binds its appointment to this conversation (first use of a code wins). A
    /// code already used in another conversation binds nothing: when the client chose a PIN, the answer
    /// asks for it (<see cref="ResumeWithPinAsync"/>), so the code alone never opens their answers.
    /// </summary>
    /// <param name="userKey">Who is typing (channel and user id): wrong codes are limited per user and in total.</param>
    public async Task<CodeCheck> RedeemAsync(string? typed, string conversationKey, string userKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var decision = await attempts.CheckAsync(userKey, now, cancellationToken);
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
                await attempts.RecordFailureAsync(userKey, now, cancellationToken);
            }

            if (redemption.Outcome == RedemptionOutcome.UsedByAnotherConversation && invitation is not null &&
                (await store.ReadAppointmentAsync(invitation.AppointmentId, cancellationToken))?.Value is { CanBegin: true, ResumePin: not null })
            {
                return CodeCheck.AskPin(invitation.AppointmentId);
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

            return await BindAsync(invitation.AppointmentId, conversationKey, redemption.TextKey, cancellationToken);
        }
    }

    /// <summary>
    /// The client typed their appointment's code in a second conversation and now their PIN: when it is
    /// right, the code and the appointment move to this conversation, with the answers of the one it
    /// leaves (which is cut off). Wrong PINs are limited like wrong codes, per user and per appointment.
    /// </summary>
    public async Task<CodeCheck> ResumeWithPinAsync(string appointmentId, string? typedPin, string conversationKey, string userKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var appointmentKey = PinAttemptsKey(appointmentId);
        var decision = await attempts.CheckAsync(userKey, now, cancellationToken);
        if (decision.IsAllowed)
        {
            decision = await attempts.CheckAsync(appointmentKey, now, cancellationToken);
        }

        if (!decision.IsAllowed)
        {
            return CodeCheck.Refused(InvitationAttemptLimiter.TooManyAttemptsTextKey, decision.MinutesToWait);
        }

        if (!ResumePin.TryNormalize(typedPin, out _))
        {
            return CodeCheck.Refused(NotAPinTextKey);
        }

        var appointment = (await store.ReadAppointmentAsync(appointmentId, cancellationToken))?.Value;
        if (appointment is not { CanBegin: true, ResumePin: { } pin })
        {
            return CodeCheck.Refused(InvitationRedemption.TextKeyOf(RedemptionOutcome.Revoked));
        }

        if (!pin.Matches(typedPin))
        {
            await attempts.RecordFailureAsync(userKey, now, cancellationToken);
            await attempts.RecordFailureAsync(appointmentKey, now, cancellationToken);
            return CodeCheck.Refused(WrongPinTextKey);
        }

        if (await store.ReadLinksAsync(appointmentId, cancellationToken) is not { InvitationHash.Length: > 0 } links ||
            await store.ReadInvitationAsync(links.InvitationHash, cancellationToken) is null)
        {
            return CodeCheck.Refused(InvitationRedemption.TextKeyOf(RedemptionOutcome.Revoked));
        }

        var moved = false;
        await store.UpdateInvitationAsync(links.InvitationHash, invitation => moved = invitation.MoveTo(conversationKey, now), cancellationToken);
        return moved
            ? await BindAsync(appointmentId, conversationKey, RightPinTextKey, cancellationToken)
            : CodeCheck.Refused(InvitationRedemption.TextKeyOf(RedemptionOutcome.Revoked));
    }

    /// <summary>Wrong PINs for one appointment, counted like one user's wrong codes whoever types them.</summary>
    public static string PinAttemptsKey(string appointmentId) => "pin/" + appointmentId;

    /// <summary>
    /// The appointment when this conversation may act for it now; otherwise null. A first look: it starts
    /// from this instance's copy when it has one (a "no" is checked against the store), so callers that
    /// write make their write conditional through <see cref="ChangeIfAllowedAsync"/>.
    /// </summary>
    public async Task<Appointment?> AllowedAsync(string appointmentId, string conversationKey, CancellationToken cancellationToken)
    {
        if ((await store.ReadRememberedAppointmentAsync(appointmentId, cancellationToken))?.Value is { } remembered && remembered.AllowsClient(conversationKey))
        {
            return remembered;
        }

        return await AllowedNowAsync(appointmentId, conversationKey, cancellationToken);
    }

    /// <summary>The appointment when this conversation may act for it, read from the store (for writes that cannot be made conditional on it).</summary>
    public async Task<Appointment?> AllowedNowAsync(string appointmentId, string conversationKey, CancellationToken cancellationToken) =>
        (await store.ReadAppointmentAsync(appointmentId, cancellationToken))?.Value is { } appointment && appointment.AllowsClient(conversationKey)
            ? appointment
            : null;

    /// <summary>
    /// Applies a client's change to the appointment only while this conversation may act for it, in one
    /// conditional write. False, and nothing written, when it may not.
    /// </summary>
    public async Task<bool> ChangeIfAllowedAsync(string appointmentId, string conversationKey, Action<Appointment> change, CancellationToken cancellationToken)
    {
        try
        {
            await store.UpdateAppointmentAsync(appointmentId, appointment =>
            {
                if (!appointment.AllowsClient(conversationKey))
                {
                    throw new NotAllowedException();
                }

                change(appointment);
            }, cancellationToken, ifMissing: () => new NotAllowedException());
            return true;
        }
        catch (NotAllowedException)
        {
            return false;
        }
    }

    /// <summary>The client gave consent: the appointment is in progress. Doing it again changes nothing and, when this instance saw it begun, writes nothing.</summary>
    public async Task<bool> BeginAsync(string appointmentId, string conversationKey, CancellationToken cancellationToken)
    {
        if ((await store.ReadRememberedAppointmentAsync(appointmentId, cancellationToken))?.Value is { Status: not Domain.Appointments.AppointmentStatus.NotStarted } seen && seen.AllowsClient(conversationKey))
        {
            return true;
        }

        return await ChangeIfAllowedAsync(appointmentId, conversationKey, appointment => appointment.Begin(clock.GetUtcNow()), cancellationToken);
    }

    public const string NotAPinTextKey = "resume.pin.notAPin";
    public const string WrongPinTextKey = "resume.pin.wrong";
    public const string RightPinTextKey = "resume.pin.right";

    private async Task<CodeCheck> BindAsync(string appointmentId, string conversationKey, string textKey, CancellationToken cancellationToken)
    {
        string? cutOff = null;
        Appointment? bound = null;
        try
        {
            bound = await store.UpdateAppointmentAsync(appointmentId, appointment =>
            {
                if (!appointment.CanBegin)
                {
                    throw new NotAllowedException();
                }

                cutOff = appointment.BindClient(conversationKey);
            }, cancellationToken);
        }
        catch (Exception exception) when (exception is NotAllowedException or InvalidOperationException)
        {
            return CodeCheck.Refused(InvitationRedemption.TextKeyOf(RedemptionOutcome.Revoked));
        }

        if (cutOff is not null)
        {
            // The client came back with a new code from the professional or with their PIN: what they filled in comes along.
            await conversations.HandOverAsync(cutOff, conversationKey, appointmentId, cancellationToken);
        }

        return CodeCheck.Ok(textKey, bound);
    }

    private sealed class NotAllowedException : Exception;
}
