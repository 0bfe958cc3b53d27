using System.Globalization;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Cards.Summary;

/// <summary>
/// Renders text the client wrote: a number that could be a BSN masked, shortened to a limit (marked as
/// shortened), then escaped with <see cref="CardText.Escape"/> so markdown, links, images and mentions
/// in it stay inert.
/// </summary>
internal sealed class ClientText(SummaryCardTexts texts)
{
    /// <summary>The text escaped and at most <paramref name="maxChars"/> long (plus the mark); the "left out" note at 0.</summary>
    public string Render(string? text, int maxChars)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var trimmed = BsnNumbers.Mask(text.Trim(), texts.Text(SummaryCardTextKeys.BsnMasked));
        if (maxChars <= 0)
        {
            return texts.Text(SummaryCardTextKeys.Omitted);
        }

        if (trimmed.Length <= maxChars)
        {
            return CardText.Escape(trimmed);
        }

        return CardText.Escape(Shorten(trimmed, maxChars)) + " " + texts.Text(SummaryCardTextKeys.Shortened);
    }

    /// <summary>Masked, escaped and cut to <paramref name="maxChars"/> without a mark, for short names.</summary>
    public string Name(string? text, int maxChars) =>
        string.IsNullOrWhiteSpace(text) ? "" : CardText.Escape(Shorten(BsnNumbers.Mask(text.Trim(), texts.Text(SummaryCardTextKeys.BsnMasked)), maxChars));

    /// <summary>At most maxChars characters, never splitting a character, and at a word end when one is near.</summary>
    private static string Shorten(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var cut = maxChars;
        while (cut > 0 && !IsTextElementBoundary(text, cut))
        {
            cut--;
        }

        var space = cut > 0 ? text.LastIndexOf(' ', cut - 1, cut) : -1;
        if (space > maxChars * 4 / 5)
        {
            cut = space;
        }

        return text[..cut].TrimEnd() + "…";
    }

    private static bool IsTextElementBoundary(string text, int index) =>
        !char.IsLowSurrogate(text[index]) && CharUnicodeInfo.GetUnicodeCategory(text[index]) is not
            (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);
}
