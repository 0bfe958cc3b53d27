using System.Globalization;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Registrations;

/// <summary>The typed outcome of an entry (OMA answer, worry session, worry note), with the limit for "too long".</summary>
public sealed record EntryResult(EntryOutcome Outcome, int? Limit = null)
{
    /// <summary>Whether the entry was stored.</summary>
    public bool IsAccepted => Outcome is EntryOutcome.Recorded or EntryOutcome.RecordedLate;

    /// <summary>Stored for yesterday, shown as late.</summary>
    public bool IsLate => Outcome == EntryOutcome.RecordedLate;

    /// <summary>E.g. "registration.entry.tooLongAgo".</summary>
    public string TextKey => RegistrationTextKeys.Entry(Outcome);

    /// <summary>The kind text to show, in the client's language; the limit fills {number}.</summary>
    public string Text(TextCatalog texts, Language language)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Format(TextKey, language, new Dictionary<string, string>
        {
            [RegistrationTextKeys.NumberPlaceholder] = Limit?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        });
    }

    internal static EntryResult Of(EntryOutcome outcome) => new(outcome);
}
