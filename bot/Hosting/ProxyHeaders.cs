namespace ReIntegratie.Bot.Hosting;

/// <summary>
/// Headers by which a proxy, load balancer or tunnel says it passed a request on: Forwarded, any
/// X-Forwarded-*, X-Real-IP, and the X-Original-* that ASP.NET Core's forwarded-headers middleware
/// leaves behind when it rewrote the request.
/// </summary>
public static class ProxyHeaders
{
    public static bool ArePresent(IHeaderDictionary headers) => headers.Keys.Any(IsProxyHeader);

    private static bool IsProxyHeader(string name) =>
        name.Equals("Forwarded", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("X-Real-IP", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("X-Original-", StringComparison.OrdinalIgnoreCase);
}
