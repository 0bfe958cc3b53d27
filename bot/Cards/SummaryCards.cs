using System.Text.Json.Nodes;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Cards.Summary;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Registrations;
using ReIntegratie.Domain.Summary;

namespace ReIntegratie.Bot.Cards;

/// <summary>
/// Builds the professional's summary card for an appointment from what is stored: the shared
/// preparation once the client shared (only the parts they chose to share), otherwise only how far
/// the client got.
/// </summary>
public sealed class SummaryCards(
    AppointmentStore store,
    ClientProgressReader progress,
    PreparationContent content,
    SummaryCardBuilder builder,
    Registrations.RegistrationStore registrations,
    Registrations.RegistrationOverview registrationOverview)
{
    public async Task<JsonObject> BuildAsync(Appointment appointment, Language language, CancellationToken cancellationToken)
    {
        var summary = appointment.IsShared && (await store.ReadPreparationAsync(appointment.Id, cancellationToken))?.Value is { } shared
            ? PreparationSummaryBuilder.Build(shared, content, appointment.Parts, language)
            : null;
        var model = new SummaryCardModel(
            appointment.Id,
            appointment.ClientName,
            appointment.Start,
            appointment.Status,
            language,
            await progress.ProgressAsync(appointment, cancellationToken),
            summary)
        {
            RegistrationLines = await RegistrationLinesAsync(appointment.Id, language, cancellationToken),
        };
        return builder.Build(model);
    }

    /// <summary>The lines of each registration assignment the client chose to share.</summary>
    private async Task<IReadOnlyList<string>> RegistrationLinesAsync(string appointmentId, Language language, CancellationToken cancellationToken) =>
        (await registrations.ListAsync(appointmentId, cancellationToken))
            .Where(a => a.IsShared)
            .SelectMany(a => registrationOverview.SummaryLines(a, language))
            .ToList();
}
