using System.Text;

namespace ReIntegratie.Bot.Cards;

/// <summary>
/// Makes text from a person (a client's answer, a name) inert in an Adaptive Card TextBlock or a
/// markdown message: markdown control characters are escaped, so it cannot form links, images,
/// emphasis, lists or headings, and '&lt;' cannot open a Teams mention tag.
/// </summary>
public static class CardText
{
    private const string Special = "\\`*_{}[]()#+-.!|<>~";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not '\n')
            {
                continue;
            }

            if (Special.Contains(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
