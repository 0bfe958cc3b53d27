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

    /// <summary>Checks a typed code and binds its appointment to this conversation (first use of a code wins).</summary>
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

            return await BindAsync(invitation, conversationKey, redemption, cancellationToken);
        }
    }

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

    private async Task<CodeCheck> BindAsync(Invitation invitation, string conversationKey, InvitationRedemption redemption, CancellationToken cancellationToken)
    {
        string? cutOff = null;
        Appointment? bound = null;
        try
        {
            bound = await store.UpdateAppointmentAsync(invitation.AppointmentId, appointment =>
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
            await conversations.CutOffAsync(cutOff, CutOffReason.CodeReplaced, cancellationToken);
        }

        return CodeCheck.Ok(redemption.TextKey, bound);
    }

    private sealed class NotAllowedException : Exception;
}
