using System.Text.Json.Nodes;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Cards.Professional;

/// <summary>Asks the professional to confirm deleting a client's data.</summary>
public static class ConfirmDeleteCard
{
    public const string Confirmed = "deleteClientDataConfirmed";
    public const string Kept = "deleteClientDataKept";

    public static JsonObject Build(TextCatalog texts, Language language, string appointmentId, string clientName) =>
        AdaptiveCard.Card(
            [AdaptiveCard.TextBlock(texts.Format("professional.deleteConfirm", language, new Dictionary<string, string> { ["name"] = CardText.Escape(clientName) }))],
            [
                AdaptiveCard.Submit(texts.Get("professional.deleteYes", language), new JsonObject { ["action"] = Confirmed, ["appointmentId"] = appointmentId }, withInputs: false),
                AdaptiveCard.Submit(texts.Get("professional.deleteNo", language), new JsonObject { ["action"] = Kept, ["appointmentId"] = appointmentId }, withInputs: false),
            ]);
}
