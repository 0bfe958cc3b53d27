using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ReIntegratie.Bot.Channel.Auth;

namespace ReIntegratie.Bot.Channel.Connector;

/// <summary>
/// The Bot Connector REST calls the bot makes (docs/protocol.md §4.1). Retries with backoff and
/// Retry-After come from the resilience handler on the HttpClient; what still fails is logged and thrown.
/// With credentials, a call to a service URL that is not trusted is refused before anything is sent
/// (<see cref="TrustedServiceUrls"/>): the bot's token must not go there, and the channel would refuse
/// the call without it. Without credentials (local development) calls never carry a token.
/// </summary>
public sealed partial class ConnectorClient(
    HttpClient http,
    BotCredentials credentials,
    IBotTokenProvider tokens,
    TrustedServiceUrls trustedServiceUrls,
    ILogger<ConnectorClient> logger)
{
    public Task<ResourceResponse?> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", activity, "reply", conversationId, cancellationToken);

    public Task<ResourceResponse?> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, "send", conversationId, cancellationToken);

    public Task<ResourceResponse?> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, "update", conversationId, cancellationToken);

    public async Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        await SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, "create", conversationId: "-", cancellationToken)
        ?? throw new ConnectorException(System.Net.HttpStatusCode.OK, "EmptyResponse", "create");

    /// <summary>Delivers an activity: as a reply when it names the activity it answers, else as a new message.</summary>
    public Task<ResourceResponse?> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        var serviceUrl = activity.ServiceUrl ?? throw new ArgumentException("serviceUrl is required", nameof(activity));
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("conversation.id is required", nameof(activity));
        return string.IsNullOrEmpty(activity.ReplyToId)
            ? SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken)
            : ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, activity, cancellationToken);
    }

    private async Task<T?> SendAsync<T>(
        HttpMethod method, string serviceUrl, string path, object body, string operation, string conversationId, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(method, new Uri(new Uri(ServiceUrls.Normalize(serviceUrl)), path))
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
            },
        };
        if (!credentials.IsAnonymous)
        {
            switch (trustedServiceUrls.Judge(serviceUrl))
            {
                case ServiceUrlTrust.Untrusted:
                    LogUntrusted(logger, operation, conversationId, request.RequestUri!.Host);
                    throw ConnectorException.UntrustedServiceUrl(operation);
                case ServiceUrlTrust.Trusted when await tokens.GetTokenAsync(cancellationToken) is { } token:
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    break;
            }
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var errorCode = await ReadErrorCodeAsync(response, cancellationToken);
            LogCallFailed(logger, operation, conversationId, (int)response.StatusCode, errorCode ?? "-");
            throw new ConnectorException(response.StatusCode, errorCode, operation);
        }

        if (response.Content.Headers.ContentLength is 0 || response.StatusCode == System.Net.HttpStatusCode.Accepted)
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<T>(ProtocolJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return null; // the call succeeded; an unreadable body only loses the returned id
        }
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return error.RootElement.TryGetProperty("error", out var e) && e.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Connector {Operation} to conversation {ConversationId} refused: service URL host {Host} is not trusted (not in Connector:TrustedServiceUrls, and no authenticated activity came from it since start-up)")]
    private static partial void LogUntrusted(ILogger logger, string operation, string conversationId, string host);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Error, Message = "Connector {Operation} to conversation {ConversationId} failed with {Status} {ErrorCode}; giving up")]
    private static partial void LogCallFailed(ILogger logger, string operation, string conversationId, int status, string errorCode);
}
