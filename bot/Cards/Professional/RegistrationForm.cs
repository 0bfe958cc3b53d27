using System.Globalization;
using System.Text.Json.Nodes;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Registrations;

namespace ReIntegratie.Bot.Cards.Professional;

/// <summary>The professional's form to give a client a registration assignment (type, what to register, period, worry time).</summary>
public static class RegistrationForm
{
    public const string OpenAction = "registrationForm";
    public const string Action = "assignRegistration";

    public static JsonObject Build(TextCatalog texts, Language language, string appointmentId, string clientName, DateOnly firstDay, string? problem = null)
    {
        string T(string key) => texts.Get(key, language);
        var types = Enum.GetValues<RegistrationType>().Select(t => (t.ToString(), T(RegistrationTextKeys.TypeTitle(t))));
        var start = new JsonObject { ["type"] = "Input.Date", ["id"] = "startDate", ["label"] = T("professional.assign.startDate"), ["isRequired"] = true, ["errorMessage"] = T("professional.assign.startDateError"), ["value"] = firstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var duration = new JsonObject
        {
            ["type"] = "Input.Number", ["id"] = "durationDays", ["label"] = T("professional.assign.duration"), ["isRequired"] = true,
            ["errorMessage"] = texts.Format("professional.assign.durationError", language, new Dictionary<string, string>
            {
                ["min"] = RegistrationLimits.MinDurationDays.ToString(CultureInfo.InvariantCulture),
                ["max"] = RegistrationLimits.MaxDurationDays.ToString(CultureInfo.InvariantCulture),
            }),
            ["min"] = RegistrationLimits.MinDurationDays, ["max"] = RegistrationLimits.MaxDurationDays, ["value"] = RegistrationDefaults.DurationDays,
        };
        var worryTime = new JsonObject { ["type"] = "Input.Time", ["id"] = "worryTime", ["label"] = T("professional.assign.worryTime"), ["value"] = "19:00" };
        return AdaptiveCard.Card(
        [
            AdaptiveCard.TextBlock(texts.Format("professional.assign.title", language, new Dictionary<string, string> { ["name"] = CardText.Escape(clientName) }), bold: true, size: "Medium"),
            problem is null ? null : new JsonObject { ["type"] = "TextBlock", ["text"] = problem, ["wrap"] = true, ["color"] = "Attention" },
            AdaptiveCard.ChoiceSet("registrationType", T("professional.assign.type"), types, value: nameof(RegistrationType.OmaRegistration)),
            AdaptiveCard.TextInput("complaint", T("professional.assign.complaint"), RegistrationLimits.ComplaintMaxLength, multiline: false),
            start, duration, worryTime,
        ],
        [AdaptiveCard.Submit(T("professional.assign.submit"), new JsonObject { ["action"] = Action, ["appointmentId"] = appointmentId, ["formId"] = Guid.NewGuid().ToString("N") })]);
    }
}
