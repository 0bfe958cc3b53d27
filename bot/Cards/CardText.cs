using System.Text;

namespace ReIntegratie.Bot.Cards;

/// <summary>
/// Makes text from a person (a client's answer, a name) inert in an Adaptive Card TextBlock or a
/// markdown message while it still reads exactly as typed: only what the markdown subset would
/// interpret is escaped (emphasis, code, links and images, '&lt;' for tags and mentions, strikethrough,
/// and list, heading and quote starts at the beginning of a line). Dots, hyphens and parentheses
/// elsewhere stay as they are.
/// </summary>
public static class CardText
{
    private const string Anywhere = "\\`*_[]<~";
    private const string AtLineStart = "#>-+=";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 8);
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            if (index > 0)
            {
                builder.Append('\n');
            }

            EscapeLine(lines[index], builder);
        }

        return builder.ToString();
    }

    private static void EscapeLine(string line, StringBuilder builder)
    {
        var start = true;
        var digits = 0;
        foreach (var c in line)
        {
            if (char.IsControl(c))
            {
                continue;
            }

            if (start && c is ' ' or '\t')
            {
                builder.Append(c);
                continue;
            }

            // "1. " or "1) " at the start of a line would begin a numbered list.
            var listNumber = start && digits > 0 && c is '.' or ')';
            if (Anywhere.Contains(c) || (start && digits == 0 && AtLineStart.Contains(c)) || listNumber)
            {
                builder.Append('\\');
            }

            builder.Append(c);
            digits = start && char.IsAsciiDigit(c) ? digits + 1 : digits;
            start = start && char.IsAsciiDigit(c);
        }
    }
}
