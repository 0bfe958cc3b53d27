using System.Security.Cryptography;
using System.Text;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Registrations;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Preparation;

/// <summary>
/// The client's preparation once it leaves their conversation: sharing (the only way answers reach the
/// appointment's folder), what the professional may see, and the summary delivery after a share.
/// </summary>
public sealed class PreparationService(
    PreparationStore store,
    ClientBinding binding,
    IClientProgressSource progressSource,
    RegistrationStore registrations,
    IWorkScheduler scheduler,
    PreparationContent content,
    TimeProvider clock)
{
    /// <summary>
    /// Shares what the client chose to share. Nothing is written unless this conversation may act for the
    /// appointment; the answers are written before the appointment is marked shared (the conditional
    /// write that checks again), and taken back if the appointment was erased or the conversation cut
    /// off in between, so an erased appointment never gets answers back. Sharing again with the same
    /// <paramref name="shareKey"/> changes nothing.
    /// </summary>
    public async Task<bool> ShareAsync(string appointmentId, string conversationKey, PreparationAnswers answers, string shareKey, CancellationToken cancellationToken)
    {
        var key = Digest(conversationKey + "|" + shareKey);
        if (await binding.AllowedAsync(appointmentId, conversationKey, cancellationToken) is not { } allowed)
        {
            return false;
        }

        if (allowed.ShareKey == key)
        {
            return true; // made already: a later turn found it still listed as pending
        }

        await store.SaveAsync(appointmentId, answers.SharedOnly(content, allowed.Parts), cancellationToken);
        if (!await binding.ChangeIfAllowedAsync(appointmentId, conversationKey, appointment =>
            {
                appointment.Begin(clock.GetUtcNow()); // consent's own write may still be pending
                appointment.Share(clock.GetUtcNow(), key);
            }, cancellationToken))
        {
            await store.DeleteAsync(appointmentId, cancellationToken);
            return false;
        }

        var now = clock.GetUtcNow();
        await scheduler.ScheduleAsync(new ScheduledWork(WorkIds.SummaryShared(appointmentId, key), WorkIds.DeliverSummary,
            WorkIds.Payload(appointmentId, SummaryReason.Shared), now), cancellationToken);
        return true;
    }

    /// <summary>What the professional may see: the shared preparation once shared, before that only how far the client got.</summary>
    public async Task<PreparationView> ViewAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        var shared = appointment.IsShared ? (await store.ReadAsync(appointment.Id, cancellationToken))?.Value : null;
        var progress = shared is null ? await ProgressAsync(appointment, cancellationToken) : PreparationProgress.Of(shared, content, appointment.Parts);
        var sharedRegistrations = appointment.Status == AppointmentStatus.DataDeleted
            ? []
            : (await registrations.ListAsync(appointment.Id, cancellationToken)).Where(a => a.IsShared).ToList();
        return new PreparationView(appointment, progress, shared, sharedRegistrations);
    }

    /// <summary>How far the client got: from the shared preparation once shared, before that from their conversation (the figure only).</summary>
    public async Task<PreparationProgress> ProgressAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        var answers = appointment.IsShared
            ? (await store.ReadAsync(appointment.Id, cancellationToken))?.Value
            : appointment.ClientConversation is { } key && appointment.CanBegin
                ? await progressSource.AnswersSoFarAsync(key, cancellationToken)
                : null;
        return PreparationProgress.Of(answers ?? new PreparationAnswers(), content, appointment.Parts);
    }

    /// <summary>The professional's status line: the status, and while in progress how far the client got.</summary>
    public async Task<string> StatusTextAsync(Appointment appointment, Language language, CancellationToken cancellationToken)
    {
        var status = content.Texts.Get(AppointmentTextKeys.Status(appointment.Status), language);
        if (appointment.Status != AppointmentStatus.InProgress)
        {
            return status;
        }

        return status + " · " + (await ProgressAsync(appointment, cancellationToken)).Describe(content.Texts, language);
    }

    private static string Digest(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
