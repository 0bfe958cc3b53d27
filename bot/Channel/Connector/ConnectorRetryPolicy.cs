using System.Net;

namespace ReIntegratie.Bot.Channel.Connector;

/// <summary>
/// Which connector answers are worth retrying (docs/protocol.md §4.4): 412, 429, 502, 503, 504 and network
/// failures. A 500 is the service's own error and is not retried; other 4xx never are.
/// </summary>
public static class ConnectorRetryPolicy
{
    public static bool IsTransient(HttpStatusCode status) => status is
        HttpStatusCode.PreconditionFailed or
        HttpStatusCode.TooManyRequests or
        HttpStatusCode.BadGateway or
        HttpStatusCode.ServiceUnavailable or
        HttpStatusCode.GatewayTimeout;
}
