using System.Text.Json.Nodes;
using ReIntegratie.Bot.Cards.Registrations;
using ReIntegratie.Bot.Preparation;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Summary;

namespace ReIntegratie.Bot.Cards.Summary;

/// <summary>
/// The professional's summary card for what they may see of an appointment: the shared preparation
/// once the client shared (only the parts they chose to share), otherwise only how far the client got.
/// Pure: it reads nothing.
/// </summary>
public sealed class SummaryCards(PreparationContent content, SummaryCardBuilder builder, Cards.Registrations.RegistrationOverview registrationOverview)
{
    public JsonObject Build(PreparationView view, Language language)
    {
        var appointment = view.Appointment;
        var summary = view.Shared is { } shared ? PreparationSummaryBuilder.Build(shared, content, appointment.Parts, language) : null;
        var model = new SummaryCardModel(appointment.Id, appointment.ClientName, appointment.Start, appointment.Status, language, view.Progress, summary)
        {
            RegistrationLines = [.. view.SharedRegistrations.Where(a => a.Oma is null).SelectMany(a => registrationOverview.SummaryLines(a, language))],
            OmaResults = [.. view.SharedRegistrations.Where(a => a.Oma is not null).Select(registrationOverview.Result)],
        };
        return builder.Build(model);
    }

    /// <summary>The shared OMA registrations on a card of their own, or null when the client shared none.</summary>
    public JsonObject? BuildRegistrations(PreparationView view, Language language)
    {
        var results = view.SharedRegistrations.Where(a => a.Oma is not null).Select(registrationOverview.Result).ToList();
        return results.Count == 0 ? null : builder.BuildRegistrations(view.Appointment.ClientName, results, language);
    }
}
