using System.Text;

namespace ReIntegratie.Domain.Content;

/// <summary>Compares what a client typed with labels and synonyms: case, spacing and end punctuation do not matter.</summary>
public static class TypedInput
{
    /// <summary>Lower case, trimmed, inner whitespace collapsed, quotes and end punctuation removed, ’ read as '.</summary>
    public static string Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(input.Length);
        var pendingSpace = false;
        foreach (var character in input.Trim().ToLowerInvariant())
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (character is '‘' or '“' or '”' or '"')
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character == '\u2019' ? '\'' : character);
        }

        return builder.ToString().TrimEnd('.', '!', '?', ',', ';', ':');
    }

    public static bool Matches(string? input, LocalizedText label, LocalizedSynonyms synonyms)
    {
        var typed = Normalize(input);
        return typed.Length > 0 &&
            (typed == Normalize(label.Nl) || typed == Normalize(label.En) ||
             synonyms.All.Any(synonym => typed == Normalize(synonym)));
    }
}
