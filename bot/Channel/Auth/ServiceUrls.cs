namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>Comparison of service URLs: case-insensitive, a trailing slash does not matter.</summary>
public static class ServiceUrls
{
    public static string Normalize(string url) => url.Trim().TrimEnd('/').ToLowerInvariant() + "/";

    public static bool AreSame(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && Normalize(a) == Normalize(b);
}
