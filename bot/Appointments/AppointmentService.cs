using System.Text.Json;
using Microsoft.Extensions.Options;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Bot.Appointments;

/// <summary>
/// What a professional (or the retention rule) does with appointments: create one with its
/// invitation and scheduled summary, cancel, issue or withdraw a code, delete a client's data.
/// Ownership is checked by <see cref="FindOwnedAsync"/>; every other method trusts its caller did.
/// </summary>
public sealed class AppointmentService(
    AppointmentStore store,
    ConversationStateStore conversations,
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

    public async Task CancelAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        await store.UpdateAppointmentAsync(appointment.Id, a => a.Cancel(clock.GetUtcNow()), cancellationToken);
        await RevokeInvitationAsync(appointment, cancellationToken);
        await scheduler.CancelByPrefixAsync(WorkIds.AppointmentPrefix(appointment.Id), cancellationToken);
    }

    /// <summary>Withdraws the current code and issues a new one, valid until the appointment.</summary>
    public async Task<(InvitationCode Code, DateTimeOffset ExpiresAt)> NewInvitationAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        await RevokeInvitationAsync(appointment, cancellationToken);
        var code = InvitationCode.New();
        var invitation = Invitation.Issue(code, appointment.Id, appointment.Start);
        await store.SaveInvitationAsync(invitation, etag: null, cancellationToken);
        await store.UpdateLinksAsync(appointment.Id, links =>
        {
            links.InvitationHash = invitation.CodeHash;
            links.InvitationExpiresAt = invitation.ExpiresAt;
        }, cancellationToken);
        return (code, invitation.ExpiresAt);
    }

    public async Task RevokeInvitationAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        if (await store.ReadLinksAsync(appointment.Id, cancellationToken) is { InvitationHash.Length: > 0 } links &&
            await store.ReadInvitationAsync(links.InvitationHash, cancellationToken) is not null)
        {
            await store.UpdateInvitationAsync(links.InvitationHash, invitation => invitation.Revoke(clock.GetUtcNow()), cancellationToken);
        }
    }

    /// <summary>
    /// Deletes everything of the client: answers and registrations (clients/{id}/), their conversation
    /// document, the invitation, and the appointment's scheduled work; the appointment stays, marked.
    /// </summary>
    public async Task DeleteClientDataAsync(string appointmentId, CancellationToken cancellationToken)
    {
        await store.DeleteClientDataAsync(appointmentId, cancellationToken);
        if (await store.ReadLinksAsync(appointmentId, cancellationToken) is { } links)
        {
            if (links.ClientConversationKey is { } conversationKey)
            {
                await conversations.DeleteAsync(conversationKey, cancellationToken);
            }

            if (links.InvitationHash.Length > 0)
            {
                await store.DeleteInvitationAsync(links.InvitationHash, cancellationToken);
            }

            await store.UpdateLinksAsync(appointmentId, l => l.ClientConversationKey = null, cancellationToken);
        }

        await scheduler.CancelByPrefixAsync(WorkIds.AppointmentPrefix(appointmentId), cancellationToken);
        await store.UpdateAppointmentAsync(appointmentId, appointment =>
        {
            if (appointment.Status != AppointmentStatus.DataDeleted)
            {
                appointment.DeleteData(clock.GetUtcNow());
            }
        }, cancellationToken);
    }

    /// <summary>Asks for the summary to be delivered to the professional now (e.g. the client just shared).</summary>
    public Task DeliverSummaryNowAsync(string appointmentId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return scheduler.ScheduleAsync(new ScheduledWork(WorkIds.SummaryShared(appointmentId, now), WorkIds.DeliverSummary, Payload(appointmentId, SummaryReason.Shared), now), cancellationToken);
    }

    private async Task ScheduleAsync(Appointment appointment, TimeSpan leadTime, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = appointment.Start - leadTime;
        await scheduler.ScheduleAsync(new ScheduledWork(WorkIds.SummaryBefore(appointment.Id), WorkIds.DeliverSummary,
            Payload(appointment.Id, SummaryReason.BeforeAppointment), before < now ? now : before), cancellationToken);
        await scheduler.ScheduleAsync(new ScheduledWork(WorkIds.RetentionOf(appointment.Id), WorkIds.Retention,
            JsonSerializer.Serialize(new SummaryPayload(appointment.Id, SummaryReason.BeforeAppointment), StorageJson.Options),
            appointment.Start.AddDays(retention.Value.DaysAfterAppointment)), cancellationToken);
    }

    private static string Payload(string appointmentId, SummaryReason reason) =>
        JsonSerializer.Serialize(new SummaryPayload(appointmentId, reason), StorageJson.Options);
}
