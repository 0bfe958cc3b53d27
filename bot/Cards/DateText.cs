using System.Globalization;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Bot.Cards;

/// <summary>Dates as people read them, in Europe/Amsterdam time: "di 1 dec 2026, 10:00".</summary>
public static class DateText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(DateTimeOffset instant, Language language) =>
        AmsterdamTime.ToAmsterdam(instant).ToString("ddd d MMM yyyy, HH:mm", language == Language.English ? English : Dutch);
}
