using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ReIntegratie.Bot.Channel;

/// <summary>Whether a Content-Type is JSON: application/json or application/*+json, with or without parameters such as charset.</summary>
public static class JsonMediaType
{
    public static bool Is(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) &&
        mediaType.Type.Equals("application", StringComparison.OrdinalIgnoreCase) &&
        (mediaType.SubType.Equals("json", StringComparison.OrdinalIgnoreCase) || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
}
