namespace ReIntegratie.Domain.Content;

/// <summary>
/// Compares what a client typed with labels and synonyms of options and common answers. Builds on
/// <see cref="TextMatching"/> (case, accents, spacing, end punctuation) and also ignores quotes and
/// a question mark, and reads a curly apostrophe as a straight one ("I’d" is "I'd").
/// </summary>
internal static class TypedInput
{
    public static string Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return string.Empty;
        }

        var plain = input
            .Replace('\u2019', '\'')
            .Replace("\u2018", string.Empty, StringComparison.Ordinal)
            .Replace("\u201C", string.Empty, StringComparison.Ordinal)
            .Replace("\u201D", string.Empty, StringComparison.Ordinal)
            .Replace("\"", string.Empty, StringComparison.Ordinal);
        return TextMatching.Normalize(plain).TrimEnd('?', '.', '!').TrimEnd();
    }

    public static bool Matches(string? input, LocalizedText label, LocalizedSynonyms synonyms)
    {
        var typed = Normalize(input);
        return typed.Length > 0 &&
            (typed == Normalize(label.Nl) || typed == Normalize(label.En) ||
             synonyms.All.Any(synonym => typed == Normalize(synonym)));
    }
}
