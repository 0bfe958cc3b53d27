using System.Text.Json;

namespace ReIntegratie.Domain.Content;

/// <summary>
/// Every text the bot shows, by key, in Dutch and English. Loaded from the files in
/// Content/Data/texts; a key may appear in one file only and must have both languages.
/// </summary>
public sealed class TextCatalog
{
    private readonly IReadOnlyDictionary<string, LocalizedText> texts;

    public TextCatalog(IReadOnlyDictionary<string, LocalizedText> texts) => this.texts = texts;

    public static TextCatalog Default { get; } = LoadEmbedded();

    public IEnumerable<string> Keys => texts.Keys;

    public bool Contains(string key) => texts.ContainsKey(key);

    public LocalizedText this[string key] =>
        texts.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"No text with key '{key}' in the content files.");

    public string Get(string key, Language language) => this[key].In(language);

    /// <summary>Fills {name} placeholders. Values are inserted as given: escaping is the renderer's job.</summary>
    public string Format(string key, Language language, IReadOnlyDictionary<string, string> values)
    {
        var text = Get(key, language);
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    public static TextCatalog LoadEmbedded()
    {
        var merged = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var name in EmbeddedContent.Names("texts/"))
        {
            using var stream = EmbeddedContent.Open(name);
            foreach (var (key, text) in Parse(stream, name))
            {
                if (!merged.TryAdd(key, text))
                {
                    throw new InvalidDataException($"Text key '{key}' appears twice (again in {name}).");
                }
            }
        }

        return new TextCatalog(merged);
    }

    private static IEnumerable<KeyValuePair<string, LocalizedText>> Parse(Stream stream, string fileName)
    {
        var file = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)
            ?? throw new InvalidDataException($"{fileName} is empty.");
        foreach (var (key, languages) in file)
        {
            if (!languages.TryGetValue(LanguageCodes.Dutch, out var nl) || string.IsNullOrWhiteSpace(nl) ||
                !languages.TryGetValue(LanguageCodes.English, out var en) || string.IsNullOrWhiteSpace(en))
            {
                throw new InvalidDataException($"Text '{key}' in {fileName} needs both 'nl' and 'en'.");
            }

            yield return new(key, new LocalizedText(nl, en));
        }
    }
}
