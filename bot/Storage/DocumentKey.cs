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

    public static string Segment(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return PlainSegment().IsMatch(id) && id.Length <= 128
            ? id
            : "b64." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(id));
    }

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
