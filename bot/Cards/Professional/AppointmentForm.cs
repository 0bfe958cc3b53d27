using System.Text.Json.Nodes;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Cards.Professional;

/// <summary>
/// The "new appointment" Adaptive Card (1.5, labelled and validated inputs). The form id in the submit
/// data becomes the appointment id, so pressing the button twice creates one appointment.
/// </summary>
public static class AppointmentForm
{
    public const string Action = "createAppointment";
    public static readonly string[] LeadTimesInHours = ["4", "24", "48", "72"];

    public static JsonObject Build(TextCatalog texts, Language language, string formId, FormValues? values = null, string? problem = null)
    {
        string T(string key) => texts.Get(key, language);
        var name = AdaptiveCard.TextInput("clientName", T("professional.form.clientName"), 80, multiline: false, values?.ClientName);
        name["isRequired"] = true;
        name["errorMessage"] = T("professional.form.clientNameError");
        var date = new JsonObject { ["type"] = "Input.Date", ["id"] = "date", ["label"] = T("professional.form.date"), ["isRequired"] = true, ["errorMessage"] = T("professional.form.dateError") };
        if (values?.Date is { } dateValue)
        {
            date["value"] = dateValue;
        }

        var time = new JsonObject { ["type"] = "Input.Time", ["id"] = "time", ["label"] = T("professional.form.time"), ["isRequired"] = true, ["errorMessage"] = T("professional.form.timeError"), ["value"] = values?.Time ?? "10:00" };
        var languageChoice = AdaptiveCard.ChoiceSet("language", T("professional.form.language"),
            [("nl", T("professional.form.language.nl")), ("en", T("professional.form.language.en"))], value: values?.Language ?? "nl");
        languageChoice["style"] = "compact";
        var parts = AdaptiveCard.ChoiceSet("parts", T("professional.form.parts"),
            [("cards", T("professional.form.parts.cards")), ("capabilities", T("professional.form.parts.capabilities"))], multiSelect: true, value: values?.Parts ?? "cards,capabilities");
        var lead = AdaptiveCard.ChoiceSet("leadTime", T("professional.form.leadTime"),
            LeadTimesInHours.Select(h => (h, T("professional.form.leadTime." + h))), value: values?.LeadTime ?? "24");
        lead["style"] = "compact";

        return AdaptiveCard.Card(
        [
            AdaptiveCard.TextBlock(T("professional.form.title"), bold: true, size: "Medium"),
            AdaptiveCard.TextBlock(T("professional.form.intro"), subtle: true),
            problem is null ? null : new JsonObject { ["type"] = "TextBlock", ["text"] = problem, ["wrap"] = true, ["color"] = "Attention" },
            name, date, time, languageChoice, parts, lead,
        ],
        [AdaptiveCard.Submit(T("professional.form.submit"), new JsonObject { ["action"] = Action, ["formId"] = formId })]);
    }
}
