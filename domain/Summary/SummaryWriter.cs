using System.Globalization;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Summary;

/// <summary>Texts of the summary in one language: lookups, placeholders, and the gap entries.</summary>
internal sealed class SummaryWriter(TextCatalog texts, Language language)
{
    public Language Language { get; } = language;

    public TextCatalog Texts { get; } = texts;

    public string Text(string key) => Texts.Get(key, Language);

    public string In(LocalizedText text) => text.In(Language);

    public string? OptionalText(string key) => Texts.Contains(key) ? Text(key) : null;

    public string Format(string key, params (string Name, string Value)[] values) =>
        Texts.Format(key, Language, values.ToDictionary(pair => pair.Name, pair => pair.Value));

    public SummaryGap Gap(GapKind kind, LocalizedText part, LocalizedText topic) =>
        new(kind, Text(SummaryTextKeys.Gap(kind)), In(part), In(topic));

    public SummaryGap NotShared(LocalizedText part) =>
        new(GapKind.NotShared, Text(SummaryTextKeys.Gap(GapKind.NotShared)), In(part), null);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
