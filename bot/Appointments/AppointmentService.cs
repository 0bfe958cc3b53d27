using System.Text.Json;
using Microsoft.Extensions.Options;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Bot.Appointments;

/// <summary>
/// What a professional (or the retention rule) does with appointments: create one with its
/// invitation and scheduled work, cancel, issue or withdraw a code, erase a client's data. Every
/// change that ends a conversation's right to act cuts that conversation off. Ownership is checked by
/// <see cref="FindOwnedAsync"/>; every other method trusts its caller did.
/// </summary>
public sealed class AppointmentService(
    AppointmentStore store,
    IClientConversations conversations,
    IEnumerable<IAppointmentErasure> erasures,
    IWorkScheduler scheduler,
    TimeProvider clock,
    IOptions<RetentionOptions> retention)
{
    public async Task<CreateOutcome> CreateAsync(AppointmentRequest request, string professionalId, CancellationToken cancellationToken)
    {
        if (await store.ReadAppointmentAsync(request.FormId, cancellationToken) is { } earlier)
        {
            return earlier.Value.IsOwnedBy(professionalId) ? CreateOutcome.Existing(earlier.Value) : CreateOutcome.NotYours;
        }

        var now = clock.GetUtcNow();
        if (Appointment.Check(request.ClientName, request.Start, request.Parts, now) is { } problem)
        {
            return CreateOutcome.Refused(problem);
        }

        var appointment = Appointment.Create(request.FormId, professionalId, request.ClientName.Trim(), request.Start, request.Parts, request.Language, now);
        var code = InvitationCode.New();
        var invitation = Invitation.Issue(code, appointment.Id, request.Start);
        try
        {
            await store.CreateAsync(appointment, invitation, request.SummaryLeadTime, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            var existing = await store.ReadAppointmentAsync(request.FormId, cancellationToken);
            return existing is not null && existing.Value.IsOwnedBy(professionalId)
                ? CreateOutcome.Existing(existing.Value)
                : CreateOutcome.NotYours;
        }

        await store.UpdateProfessionalAsync(professionalId, record =>
        {
            if (!record.AppointmentIds.Contains(appointment.Id))
            {
                record.AppointmentIds.Add(appointment.Id);
            }
        }, cancellationToken);
        await ScheduleAsync(appointment, request.SummaryLeadTime, now, cancellationToken);
        return CreateOutcome.Created(appointment, code, invitation.ExpiresAt);
    }

    /// <summary>The appointment when it exists and belongs to this professional; otherwise null (whoever asks learns nothing more).</summary>
    public async Task<Appointment?> FindOwnedAsync(string professionalId, string? appointmentId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(appointmentId) || appointmentId.Length > 64 || !appointmentId.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }

        var appointment = (await store.ReadAppointmentAsync(appointmentId, cancellationToken))?.Value;
        return appointment is not null && appointment.IsOwnedBy(professionalId) ? appointment : null;
    }

    public async Task<Appointment?> FindAsync(string appointmentId, CancellationToken cancellationToken) =>
        (await store.ReadAppointmentAsync(appointmentId, cancellationToken))?.Value;

    public async Task<IReadOnlyList<Appointment>> UpcomingAsync(string professionalId, CancellationToken cancellationToken)
    {
        var record = await store.ReadProfessionalAsync(professionalId, cancellationToken);
        var now = clock.GetUtcNow();
        var result = new List<Appointment>();
        foreach (var id in record?.AppointmentIds ?? [])
        {
            if ((await store.ReadAppointmentAsync(id, cancellationToken))?.Value is { } appointment &&
                appointment.IsOwnedBy(professionalId) && appointment.Start > now.AddHours(-12) &&
                appointment.Status is not (AppointmentStatus.Cancelled or AppointmentStatus.DataDeleted))
            {
                result.Add(appointment);
            }
        }

        return [.. result.OrderBy(a => a.Start)];
    }

    /// <summary>Remembers how to reach the professional (for summaries); writes only when it changed.</summary>
    public async Task RememberProfessionalAsync(string professionalId, ConversationReference reference, CancellationToken cancellationToken)
    {
        var current = await store.ReadProfessionalAsync(professionalId, cancellationToken);
        if (current?.Reference is { } known && known.Conversation?.Id == reference.Conversation?.Id && known.ServiceUrl == reference.ServiceUrl && known.Locale == reference.Locale)
        {
            return;
        }

        reference.ActivityId = null;
        await store.UpdateProfessionalAsync(professionalId, record => record.Reference = reference, cancellationToken);
    }

    /// <summary>How to reach the professional proactively, or null when they never installed the app (or removed it).</summary>
    public async Task<ConversationReference?> ProfessionalReferenceAsync(string professionalId, CancellationToken cancellationToken) =>
        (await store.ReadProfessionalAsync(professionalId, cancellationToken))?.Reference;

    /// <summary>The professional removed the app: the bot no longer knows how to reach them.</summary>
    public Task ForgetProfessionalAsync(string professionalId, CancellationToken cancellationToken) =>
        store.UpdateProfessionalAsync(professionalId, record => record.Reference = null, cancellationToken);

    public async Task CancelAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        string? bound = null;
        await store.UpdateAppointmentAsync(appointment.Id, a =>
        {
            bound = a.ClientConversation;
            a.Cancel(clock.GetUtcNow());
        }, cancellationToken);
        await RevokeCurrentInvitationAsync(appointment.Id, cancellationToken);
        await scheduler.CancelByPrefixAsync(WorkIds.AppointmentPrefix(appointment.Id), cancellationToken);
        await CutOffAsync(bound, CutOffReason.Cancelled, cancellationToken);
    }

    /// <summary>
    /// Withdraws the current code and issues a new one, valid until the appointment. A conversation that
    /// used the old code goes on (the professional may only be reminding the client) until another
    /// conversation uses the new code: then it is cut off (<see cref="ClientBinding"/>).
    /// </summary>
    public async Task<(InvitationCode Code, DateTimeOffset ExpiresAt)> NewInvitationAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        await RevokeCurrentInvitationAsync(appointment.Id, cancellationToken);
        var code = InvitationCode.New();
        var invitation = Invitation.Issue(code, appointment.Id, appointment.Start);
        await store.UpdateLinksAsync(appointment.Id, links =>
        {
            links.Remember(invitation.CodeHash);
            links.InvitationHash = invitation.CodeHash;
            links.InvitationExpiresAt = invitation.ExpiresAt;
        }, cancellationToken);
        await store.SaveInvitationAsync(invitation, etag: null, cancellationToken);
        return (code, invitation.ExpiresAt);
    }

    /// <summary>Withdraws the current code; the conversation that used it may no longer act.</summary>
    public async Task RevokeInvitationAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        await RevokeCurrentInvitationAsync(appointment.Id, cancellationToken);
        await ReleaseClientAsync(appointment.Id, CutOffReason.CodeWithdrawn, cancellationToken);
    }

    /// <summary>
    /// Erases everything of the client, in this order so that nothing written concurrently survives:
    /// the appointment is marked first (from then on every client write is refused), then each feature
    /// erases its own documents, then the client's folder (answers, registrations, claims), every
    /// conversation and invitation the appointment ever caused, and its scheduled work. The bare
    /// appointment stays, without the client's name. Erasing twice is harmless.
    /// </summary>
    public async Task DeleteClientDataAsync(string appointmentId, CancellationToken cancellationToken)
    {
        var erased = await store.UpdateAppointmentAsync(appointmentId, appointment => appointment.DeleteData(clock.GetUtcNow()), cancellationToken);
        foreach (var erasure in erasures)
        {
            await erasure.EraseAsync(appointmentId, cancellationToken);
        }

        await store.DeleteClientDataAsync(appointmentId, cancellationToken);
        foreach (var conversationKey in erased.BoundConversations)
        {
            await conversations.DeleteAsync(conversationKey, cancellationToken);
        }

        if (await store.ReadLinksAsync(appointmentId, cancellationToken) is { } links)
        {
            foreach (var hash in links.InvitationHashes.Append(links.InvitationHash).Where(h => h.Length > 0).Distinct())
            {
                await store.DeleteInvitationAsync(hash, cancellationToken);
            }

            await store.UpdateLinksAsync(appointmentId, l =>
            {
                l.InvitationHashes.Clear();
                l.InvitationHash = "";
            }, cancellationToken);
        }

        await scheduler.CancelByPrefixAsync(WorkIds.AppointmentPrefix(appointmentId), cancellationToken);
        if (erased.BoundConversations.Count > 0)
        {
            await store.UpdateAppointmentAsync(appointmentId, appointment => appointment.ForgetBoundConversations(), cancellationToken);
        }
    }

    /// <summary>The client asks for erasure: done only when this conversation is the one bound to the appointment.</summary>
    public async Task<bool> DeleteClientDataForAsync(string appointmentId, string conversationKey, CancellationToken cancellationToken)
    {
        if ((await store.ReadAppointmentAsync(appointmentId, cancellationToken))?.Value is not { } appointment ||
            appointment.ClientConversation != conversationKey)
        {
            return false;
        }

        await DeleteClientDataAsync(appointmentId, cancellationToken);
        return true;
    }

    private async Task ScheduleAsync(Appointment appointment, TimeSpan leadTime, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = appointment.Start - leadTime;
        await scheduler.ScheduleAsync(new ScheduledWork(WorkIds.SummaryBefore(appointment.Id), WorkIds.DeliverSummary,
            WorkIds.Payload(appointment.Id, SummaryReason.BeforeAppointment), before < now ? now : before), cancellationToken);
        await scheduler.ScheduleAsync(new ScheduledWork(WorkIds.RetentionOf(appointment.Id), WorkIds.Retention,
            WorkIds.Payload(appointment.Id, SummaryReason.BeforeAppointment),
            appointment.Start.AddDays(retention.Value.DaysAfterAppointment)), cancellationToken);
    }

    private async Task RevokeCurrentInvitationAsync(string appointmentId, CancellationToken cancellationToken)
    {
        if (await store.ReadLinksAsync(appointmentId, cancellationToken) is { InvitationHash.Length: > 0 } links &&
            await store.ReadInvitationAsync(links.InvitationHash, cancellationToken) is not null)
        {
            await store.UpdateInvitationAsync(links.InvitationHash, invitation => invitation.Revoke(clock.GetUtcNow()), cancellationToken);
        }
    }

    private async Task ReleaseClientAsync(string appointmentId, CutOffReason reason, CancellationToken cancellationToken)
    {
        string? bound = null;
        await store.UpdateAppointmentAsync(appointmentId, appointment => bound = appointment.ReleaseClient(), cancellationToken);
        await CutOffAsync(bound, reason, cancellationToken);
    }

    private async Task CutOffAsync(string? conversationKey, CutOffReason reason, CancellationToken cancellationToken)
    {
        if (conversationKey is not null)
        {
            await conversations.CutOffAsync(conversationKey, reason, cancellationToken);
        }
    }
}
