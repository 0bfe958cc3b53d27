using System.Buffers.Text;
using System.Text;
using System.Text.RegularExpressions;

namespace ReIntegratie.Bot.Scheduling;

/// <summary>
/// Document keys of the scheduler. An id becomes one key segment: ids of only [A-Za-z0-9_-] stay as
/// they are, any other id is "b64." + its base64url form. Both forms decode back to the id, so a
/// listing yields ids without reading the documents (a plain id never contains '.').
/// </summary>
public static partial class WorkKeys
{
    public const string WorkFolder = "scheduling/work/";
    public const string DoneFolder = "scheduling/done/";
    public const string ClaimFolder = "scheduling/claims/";
    private const string EncodedMarker = "b64.";
    private const string Extension = ".json";

    public static string Work(string id) => WorkFolder + Encode(id) + Extension;

    public static string Done(string id) => DoneFolder + Encode(id) + Extension;

    public static string Claim(string id) => ClaimFolder + Encode(id) + Extension;

    /// <summary>Checks an id: not empty, at most <see cref="ScheduledWork.MaxIdBytes"/> UTF-8 bytes.</summary>
    public static void ValidateId(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (Encoding.UTF8.GetByteCount(id) > ScheduledWork.MaxIdBytes)
        {
            throw new ArgumentException($"A work id is at most {ScheduledWork.MaxIdBytes} UTF-8 bytes.", nameof(id));
        }
    }

    public static string Encode(string id)
    {
        ValidateId(id);
        return Plain().IsMatch(id) ? id : EncodedMarker + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(id));
    }

    /// <summary>The id of a key in one of the scheduler's folders, or null for a key that is not one of ours.</summary>
    public static string? IdOf(string key)
    {
        var slash = key.LastIndexOf('/');
        var name = key[(slash + 1)..];
        if (!name.EndsWith(Extension, StringComparison.Ordinal))
        {
            return null;
        }

        return Storage.DocumentKey.IdOfSegment(name[..^Extension.Length]);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,128}$")]
    private static partial Regex Plain();
}
