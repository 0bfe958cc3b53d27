using System.Globalization;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// A slot (on one weekday, or on every day when <see cref="Weekday"/> is null) where the complaint
/// occurred often: a candidate for the client to confirm, never a conclusion.
/// </summary>
/// <param name="Occurrences">Days it occurred in that slot (on that weekday).</param>
/// <param name="RegisteredDays">Days with an answer for that slot (on that weekday).</param>
public sealed record OmaPatternCandidate(DayOfWeek? Weekday, OmaSlot Slot, int Occurrences, int RegisteredDays)
{
    /// <summary>A slot pattern across all days rather than on one weekday.</summary>
    public bool IsEveryDay => Weekday is null;

    /// <summary>
    /// The question to the client, e.g. "Het lijkt vaak te gebeuren op maandag, 2e helft middag. Herken je dat?"
    /// (with the counts when <paramref name="withCounts"/>).
    /// </summary>
    public string Question(TextCatalog texts, Language language, bool withCounts = false)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var values = new Dictionary<string, string>
        {
            ["slot"] = texts.Get(RegistrationTextKeys.Slot(Slot), language),
            ["count"] = Occurrences.ToString(CultureInfo.InvariantCulture),
            ["days"] = RegisteredDays.ToString(CultureInfo.InvariantCulture),
        };
        if (Weekday is { } weekday)
        {
            values["weekday"] = texts.Get(RegistrationTextKeys.Weekday(weekday), language);
        }

        return texts.Format(RegistrationTextKeys.PatternQuestion(IsEveryDay, withCounts), language, values);
    }
}
