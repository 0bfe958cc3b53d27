using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReIntegratie.Domain.Appointments;

/// <summary>
/// The code a professional gives a client, e.g. <c>K7QP-M2XD-9RTA</c>: 12 characters from a
/// 32-character alphabet (digits and capitals without I, L, O and U), 5 bits each, so 60 random bits
/// from <see cref="RandomNumberGenerator"/>. Typed input is forgiving: case, spaces and dashes do not
/// matter, and the letters that look like digits are read as those digits (O as 0, I and L as 1).
/// The code itself is never stored: only <see cref="Hash"/> is. <see cref="ToString"/> does not reveal it.
/// </summary>
public sealed class InvitationCode : IEquatable<InvitationCode>
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 12;
    public const int GroupSize = 4;
    public const char Separator = '-';

    private readonly string normalized;

    private InvitationCode(string normalized) => this.normalized = normalized;

    /// <summary>Random bits in a code: Length × log2(alphabet size) = 60.</summary>
    public static double EntropyBits => Length * Math.Log2(Alphabet.Length);

    /// <summary>The code as shown to people, in groups of four: "K7QP-M2XD-9RTA".</summary>
    public string Formatted => string.Join(Separator, normalized.Chunk(GroupSize).Select(group => new string(group)));

    /// <summary>SHA-256 of the normalised code, as lowercase hex: the only form that is stored.</summary>
    public string Hash => HashOf(normalized);

    /// <summary>A new random code.</summary>
    public static InvitationCode New() => new(new string(RandomNumberGenerator.GetItems<char>(Alphabet, Length)));

    /// <summary>Reads a typed code; false when it is not 12 characters of the alphabet after normalising.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out InvitationCode? code)
    {
        var candidate = Normalize(input);
        code = candidate.Length == Length && candidate.All(character => Alphabet.Contains(character, StringComparison.Ordinal))
            ? new InvitationCode(candidate)
            : null;
        return code is not null;
    }

    /// <summary>
    /// Upper case; spaces, dashes (any kind), dots, underscores and slashes removed; O read as 0,
    /// I and L as 1. The result may still be invalid: <see cref="TryParse"/> checks it.
    /// </summary>
    public static string Normalize(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(input.Length);
        foreach (var character in input.ToUpperInvariant())
        {
            if (char.IsWhiteSpace(character) ||
                char.GetUnicodeCategory(character) == UnicodeCategory.DashPunctuation ||
                character is '.' or '_' or '/')
            {
                continue;
            }

            builder.Append(character switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                _ => character,
            });
        }

        return builder.ToString();
    }

    /// <summary>Whether this code hashes to a stored hash (compared in constant time).</summary>
    public bool Matches(string storedHash)
    {
        ArgumentNullException.ThrowIfNull(storedHash);
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash),
            Encoding.ASCII.GetBytes(storedHash.ToLowerInvariant()));
    }

    public bool Equals(InvitationCode? other) => other is not null && normalized == other.normalized;

    public override bool Equals(object? obj) => Equals(obj as InvitationCode);

    public override int GetHashCode() => normalized.GetHashCode(StringComparison.Ordinal);

    /// <summary>Redacted, so a code never ends up in a log: use <see cref="Formatted"/> to show it.</summary>
    public override string ToString() => "InvitationCode(redacted)";

    private static string HashOf(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(value)));
}
