using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Appointments;

/// <summary>
/// How far a client got, for the professional's status line: from the shared preparation once shared,
/// before that from the client's conversation (only the progress figure, never the answers).
/// </summary>
public sealed class ClientProgressReader(AppointmentStore store, ConversationStateStore conversations, PreparationContent content)
{
    public async Task<PreparationProgress> ProgressAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        var answers = appointment.IsShared
            ? (await store.ReadPreparationAsync(appointment.Id, cancellationToken))?.Value
            : await ClientAnswersAsync(appointment.Id, cancellationToken);
        return PreparationProgress.Of(answers ?? new PreparationAnswers(), content, appointment.Parts);
    }

    public async Task<string> StatusTextAsync(Appointment appointment, Language language, CancellationToken cancellationToken)
    {
        var status = content.Texts.Get(AppointmentTextKeys.Status(appointment.Status), language);
        if (appointment.Status != AppointmentStatus.InProgress)
        {
            return status;
        }

        var progress = await ProgressAsync(appointment, cancellationToken);
        return status + " · " + progress.Describe(content.Texts, language);
    }

    private async Task<PreparationAnswers?> ClientAnswersAsync(string appointmentId, CancellationToken cancellationToken)
    {
        var links = await store.ReadLinksAsync(appointmentId, cancellationToken);
        if (links?.ClientConversationKey is not { } key)
        {
            return null;
        }

        try
        {
            return (await conversations.ReadFreshAsync(key, cancellationToken))?.Client?.Answers;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
