using System.Net;

namespace ReIntegratie.Bot.Channel.Connector;

/// <summary>The Bot Connector refused a call, after retries where retrying made sense.</summary>
public sealed class ConnectorException(HttpStatusCode status, string? errorCode, string operation)
    : Exception($"Connector {operation} failed with {(int)status} {errorCode}")
{
    public HttpStatusCode Status { get; } = status;
    public string? ErrorCode { get; } = errorCode;

    /// <summary>403 and 404: the user or conversation is unreachable until they talk to the bot again.</summary>
    public bool IsUnreachable => Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
}
