using System.Globalization;
using System.Text.Json;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Cards.Professional;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;
using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Bot.Dialogs.Professional;

/// <summary>
/// Reads the submitted "new appointment" form. Everything is checked against the allowed values, so a
/// tampered submit is refused instead of stored; the domain then checks name, time and parts.
/// </summary>
public static class AppointmentFormReader
{
    public sealed record Result(AppointmentRequest? Request, FormValues Values, string? ProblemTextKey);

    public static Result Read(JsonElement value)
    {
        string? Get(string name) => value.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;
        var values = new FormValues(Get("clientName"), Get("date"), Get("time"), Get("language"), Get("parts"), Get("leadTime"));
        var formId = Get("formId");
        if (formId is not { Length: 32 } || !formId.All(char.IsAsciiHexDigitLower))
        {
            return new Result(null, values, "professional.form.invalidDate");
        }

        if (!DateOnly.TryParseExact(values.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ||
            !TimeOnly.TryParseExact(values.Time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ||
            AmsterdamTime.FromLocal(date, time) is not { } start)
        {
            return new Result(null, values, "professional.form.invalidDate");
        }

        if (!LanguageCodes.TryParse(values.Language, out var language) ||
            !int.TryParse(values.LeadTime, NumberStyles.None, CultureInfo.InvariantCulture, out var leadHours) ||
            !AppointmentForm.LeadTimesInHours.Contains(values.LeadTime) ||
            ReadParts(values.Parts) is not { } parts)
        {
            return new Result(null, values, "professional.form.invalidDate");
        }

        return new Result(new AppointmentRequest(formId, values.ClientName ?? "", start, parts, language, TimeSpan.FromHours(leadHours)), values, null);
    }

    private static PreparationParts? ReadParts(string? text)
    {
        var parts = PreparationParts.None;
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part)
            {
                case "cards": parts |= PreparationParts.CardSet; break;
                case "capabilities": parts |= PreparationParts.CapabilityList; break;
                default: return null;
            }
        }

        return parts;
    }
}
