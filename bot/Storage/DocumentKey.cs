using System.Buffers.Text;
using System.Text;
using System.Text.RegularExpressions;

namespace ReIntegratie.Bot.Storage;

/// <summary>
/// Builds and checks document keys. Segments hold only [A-Za-z0-9._-]; ids from outside (Teams
/// conversation ids contain ':' ';' '@' '|') are encoded by <see cref="Segment"/> so they can never
/// escape their folder or collide with another id.
/// </summary>
public static partial class DocumentKey
{
    public const int MaxLength = 900;

    /// <summary>
    /// A key segment for an id: the id itself when it is plain and short; else its base64url form; and
    /// for long ids a SHA-256 hash, so a segment never exceeds a file name's 255 bytes.
    /// </summary>
    public static string Segment(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (PlainSegment().IsMatch(id) && id.Length <= 128)
        {
            return id;
        }

        var bytes = Encoding.UTF8.GetBytes(id);
        return bytes.Length <= MaxEncodedBytes
            ? "b64." + Base64Url.EncodeToString(bytes)
            : "sha." + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
    }

    /// <summary>The id a <see cref="Segment"/> was made from, or null when it cannot be known from the segment (a hashed long id) or is not one.</summary>
    public static string? IdOfSegment(string segment)
    {
        if (PlainSegment().IsMatch(segment) && segment.Length <= 128)
        {
            return segment;
        }

        if (!segment.StartsWith("b64.", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(segment.AsSpan(4)));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private const int MaxEncodedBytes = 120;

    public static string Join(params string[] segments) => string.Join('/', segments);

    public static void Validate(string key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxLength || !ValidKey().IsMatch(key) ||
            key.Split('/').Any(segment => segment is "." or ".." || segment.StartsWith('.')))
        {
            throw new ArgumentException($"'{key}' is not a valid document key.", nameof(key));
        }
    }

    public static void ValidatePrefix(string prefix)
    {
        if (prefix.Length > 0)
        {
            Validate(prefix.TrimEnd('/'));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex PlainSegment();

    [GeneratedRegex("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$")]
    private static partial Regex ValidKey();
}
