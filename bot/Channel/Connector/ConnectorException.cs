using System.Net;

namespace ReIntegratie.Bot.Channel.Connector;

/// <summary>The Bot Connector refused a call, after retries where retrying made sense, or the bot refused to make it (<see cref="UntrustedServiceUrl"/>).</summary>
public sealed class ConnectorException(HttpStatusCode status, string? errorCode, string operation)
    : Exception($"Connector {operation} failed with {(int)status} {errorCode}")
{
    public HttpStatusCode Status { get; } = status;
    public string? ErrorCode { get; } = errorCode;

    /// <summary>The bot refused to call a service URL it does not trust; like the channel's 403, the conversation is unreachable until it writes again.</summary>
    public static ConnectorException UntrustedServiceUrl(string operation) => new(HttpStatusCode.Forbidden, "UntrustedServiceUrl", operation);

    /// <summary>403 and 404: the user or conversation is unreachable until they talk to the bot again.</summary>
    public bool IsUnreachable => Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
}
