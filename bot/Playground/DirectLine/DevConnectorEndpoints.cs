using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Playground.DirectLine;

/// <summary>
/// The bot-facing half of the development Direct Line: the Bot Connector calls the bot makes to the
/// serviceUrl it was given (docs/protocol.md §8.3), so replies leave through the real ConnectorClient and
/// land in the conversation's log, where the client's polling picks them up.
/// </summary>
public sealed class DevConnectorEndpoints(ConversationLogs logs)
{
    public const string Path = "/_dev";
    private const long MaxBodyBytes = ChannelAdapter.MaxBodyBytes;

    /// <summary>
    /// This host's connector surface as seen by the request, e.g. http://localhost:3978/_dev/. Only a
    /// loopback host name is taken from the request; otherwise the address the request arrived on is used.
    /// </summary>
    public static string ServiceUrlFor(HttpRequest request)
    {
        var host = request.Host.Host;
        var loopbackName = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ||
                           (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        var authority = loopbackName && request.Host.Port is not null
            ? request.Host.Value
            : FromConnection(request.HttpContext.Connection);
        return $"{request.Scheme}://{authority}{Path}/";
    }

    public void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path + "/v3/conversations").AddEndpointFilter<LoopbackOnlyFilter>();
        group.MapPost("/{conversationId}/activities", SendAsync);
        group.MapPost("/{conversationId}/activities/{replyToId}", ReplyAsync);
        group.MapPut("/{conversationId}/activities/{activityId}", UpdateAsync);
    }

    private Task<IResult> SendAsync(string conversationId, HttpRequest request, CancellationToken cancellationToken) =>
        AppendAsync(conversationId, replyToId: null, activityId: null, request, cancellationToken);

    private Task<IResult> ReplyAsync(string conversationId, string replyToId, HttpRequest request, CancellationToken cancellationToken) =>
        AppendAsync(conversationId, replyToId, activityId: null, request, cancellationToken);

    private Task<IResult> UpdateAsync(string conversationId, string activityId, HttpRequest request, CancellationToken cancellationToken) =>
        AppendAsync(conversationId, replyToId: null, activityId, request, cancellationToken);

    private async Task<IResult> AppendAsync(string conversationId, string? replyToId, string? activityId, HttpRequest request, CancellationToken cancellationToken)
    {
        if (logs.Find(conversationId) is not { } log)
        {
            return Error(StatusCodes.Status404NotFound, "ConversationNotFound", "This conversation does not exist (any more) on the development Direct Line.");
        }

        if (activityId is not null && !log.Contains(activityId))
        {
            return Error(StatusCodes.Status404NotFound, "ActivityNotFoundInConversation", "No activity with this id in the conversation.");
        }

        Activity? activity;
        try
        {
            activity = await ReadActivityAsync(request, cancellationToken);
        }
        catch (BadHttpRequestException exception)
        {
            return Error(exception.StatusCode, "BadArgument", "The body could not be read (too large?).");
        }

        if (activity is null)
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not an activity.");
        }

        if (activity.IsType(ActivityTypes.Typing))
        {
            return Results.Ok(new ResourceResponse(null)); // typing reaches clients only over a WebSocket (docs/protocol.md §7)
        }

        activity.Id = activityId;
        activity.Timestamp = null;
        // Web Chat holds a reply until the activity it answers is on screen (up to 5 s, docs/protocol.md §8.2): point only at delivered ones.
        activity.ReplyToId = replyToId ?? activity.ReplyToId;
        if (activity.ReplyToId is { } answered && !log.Contains(answered))
        {
            activity.ReplyToId = null;
        }

        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.From = new ChannelAccount { Id = activity.From?.Id ?? DirectLineEndpoints.Bot.Id, Name = activity.From?.Name ?? DirectLineEndpoints.Bot.Name, Role = "bot" };
        var id = log.Append(activity, keepId: activityId is not null);
        return Results.Ok(new ResourceResponse(id));
    }

    /// <summary>The activity in the body, or null when it is not one; a body over 256 KB is refused with 413 (BadHttpRequestException).</summary>
    internal static async Task<Activity?> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        try
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ProtocolJson.Options, cancellationToken);
            return activity is { Type.Length: > 0 } ? activity : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string FromConnection(ConnectionInfo connection)
    {
        var address = connection.LocalIpAddress ?? IPAddress.Loopback;
        var host = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        return $"{host}:{connection.LocalPort}";
    }

    internal static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, ProtocolJson.Options, statusCode: status);
}
