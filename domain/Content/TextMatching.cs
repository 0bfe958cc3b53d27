using System.Globalization;
using System.Text;

namespace ReIntegratie.Domain.Content;

/// <summary>Normalises typed answers for matching: case, accents, surrounding punctuation and spaces do not matter.</summary>
public static class TextMatching
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        var normalized = builder.ToString().Trim();
        var withoutPunctuation = normalized.Trim('.', '!', '?', ',', ';', ':').Trim();
        return withoutPunctuation.Length > 0 ? withoutPunctuation : normalized;
    }
}
