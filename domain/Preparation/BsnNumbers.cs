using System.Text.RegularExpressions;

namespace ReIntegratie.Domain.Preparation;

/// <summary>
/// Finds numbers in free text that could be a burgerservicenummer: nine digits (single spaces, dots or
/// dashes between them allowed) that pass the eleven-test. A client may type one by accident; it must
/// never reach the professional's card.
/// </summary>
public static partial class BsnNumbers
{
    public static bool Contains(string? text) => text is not null && Candidates().Matches(text).Any(match => IsBsn(match.Value));

    /// <summary>The text with every BSN-like number replaced by <paramref name="replacement"/>.</summary>
    public static string Mask(string text, string replacement)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Candidates().Replace(text, match => IsBsn(match.Value) ? replacement : match.Value);
    }

    /// <summary>The eleven-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11, and the number is not all zeros.</summary>
    public static bool IsBsn(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var digits = candidate.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        if (digits.Length != 9 || digits.All(d => d == 0))
        {
            return false;
        }

        var sum = 0;
        for (var index = 0; index < 8; index++)
        {
            sum += (9 - index) * digits[index];
        }

        return (sum - digits[8]) % 11 == 0;
    }

    [GeneratedRegex(@"(?<![0-9])(?:[0-9][ .\-]?){8}[0-9](?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidates();
}
