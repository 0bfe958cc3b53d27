using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Cards.Summary;

/// <summary>The card's labels in one language, from the text files.</summary>
internal sealed class SummaryCardTexts(TextCatalog texts, Language language)
{
    public Language Language { get; } = language;

    public TextCatalog Catalog { get; } = texts;

    public string Text(string key) => Catalog.Get(key, Language);

    /// <summary>Fills placeholders; values are inserted as given, so escape client text first.</summary>
    public string Format(string key, params (string Name, string Value)[] values) =>
        Catalog.Format(key, Language, values.ToDictionary(pair => pair.Name, pair => pair.Value, StringComparer.Ordinal));
}
