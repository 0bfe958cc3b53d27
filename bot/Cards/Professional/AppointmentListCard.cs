using System.Text.Json.Nodes;
using ReIntegratie.Bot.Cards.Summary;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Cards.Professional;

/// <summary>"Mijn afspraken": each upcoming appointment with its status and what can be done with it.</summary>
public static class AppointmentListCard
{
    public const string OpenRegistrations = "openRegistrations";

    public static JsonObject Build(TextCatalog texts, Language language, IReadOnlyList<(Appointment Appointment, string Status)> appointments)
    {
        string T(string key) => texts.Get(key, language);
        var body = new List<JsonNode?> { AdaptiveCard.TextBlock(T("professional.list.title"), bold: true, size: "Medium") };
        if (appointments.Count == 0)
        {
            body.Add(AdaptiveCard.TextBlock(T("professional.list.empty")));
        }

        foreach (var (appointment, status) in appointments)
        {
            JsonObject Button(string key, string action) => AdaptiveCard.Submit(T(key), new JsonObject { ["action"] = action, ["appointmentId"] = appointment.Id }, withInputs: false);
            var buttons = new List<JsonNode?> { Button("professional.list.openSummary", "openSummary") };
            if (!appointment.IsShared && appointment.CanBegin)
            {
                buttons.Add(Button("professional.list.resend", "resendInvitation"));
                buttons.Add(Button("professional.list.revoke", "revokeInvitation"));
            }

            if (appointment.CanBegin)
            {
                buttons.Add(Button("professional.list.assign", RegistrationForm.OpenAction));
                buttons.Add(Button("professional.list.registrations", OpenRegistrations));
            }

            // Teams shows at most five actions per set: the ones that end something get a row of their own.
            var ending = new List<JsonNode?>
            {
                Button("professional.list.cancel", "cancelAppointment"),
                Button("professional.list.delete", "deleteClientData").With("style", "destructive"),
            };
            body.Add(AdaptiveCard.Container(
            [
                AdaptiveCard.TextBlock(CardText.Escape(appointment.ClientName) + " · " + DateText.Format(appointment.Start, language), bold: true),
                AdaptiveCard.TextBlock(status, subtle: true),
                new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. buttons]) },
                new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. ending]), ["spacing"] = "Small" },
            ], style: "emphasis"));
        }

        return AdaptiveCard.Card(body, fullWidth: true);
    }
}
