using Microsoft.AspNetCore.Http;

namespace ReIntegratie.Bot.Channel;

/// <summary>
/// Whether a browser may send this request: it carries no Origin header (the Bot Connector service, curl
/// and the Emulator send none), or its Origin is the bot's own (scheme, host and port of the request), so
/// a page on another site cannot make a visitor's browser post activities.
/// </summary>
public static class BrowserOrigin
{
    public static bool IsAllowed(HttpRequest request)
    {
        var origins = request.Headers.Origin;
        if (origins.Count == 0)
        {
            return true;
        }

        if (origins.Count > 1 || !Uri.TryCreate(origins[0], UriKind.Absolute, out var origin))
        {
            return false; // includes "null", which browsers send for sandboxed and file pages
        }

        var ownPort = request.Host.Port ?? (string.Equals(request.Scheme, "https", StringComparison.OrdinalIgnoreCase) ? 443 : 80);
        return string.Equals(origin.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase) &&
               string.Equals(origin.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase) &&
               origin.Port == ownPort;
    }
}
