using System.Security.Cryptography;
using System.Text.Json;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Playground.DirectLine;

/// <summary>
/// The client-facing half of the development Direct Line 3.0 (docs/protocol.md §7, §8): what
/// DirectLineJS calls when Web Chat runs with <c>webSocket: false</c>. A user activity is echoed into the
/// conversation's log and then runs through the bot's normal turn (<see cref="ChannelAdapter"/>), whose
/// replies come back through <see cref="DevConnectorEndpoints"/>. Tokens from <see cref="DirectLineTokens"/>.
/// </summary>
public sealed partial class DirectLineEndpoints(ConversationLogs logs, DirectLineTokens tokens, TimeProvider clock)
{
    public const string Path = "/v3/directline";
    public const string ChannelId = "directline";
    public static readonly TimeSpan TurnDeadline = TimeSpan.FromSeconds(15);
    private const int MaxUserIdLength = 64;

    /// <summary>The bot's account in development Direct Line conversations.</summary>
    public static ChannelAccount Bot => new() { Id = "reintegratie-bot", Name = "ReIntegratie", Role = "bot" };

    public void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path).AddEndpointFilter<LoopbackOnlyFilter>();
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
    }

    /// <summary>
    /// Like Direct Line's <c>tokens/generate</c>, without a secret (loopback only): a token for a new
    /// conversation, not started yet. An optional body <c>{ "user": { "id" } }</c> chooses the user id.
    /// </summary>
    private async Task<IResult> GenerateTokenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var userId = "dl_" + RandomId();
        if (request.ContentLength is > 0)
        {
            try
            {
                using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
                if (body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("user", out var user) &&
                    user.ValueKind == JsonValueKind.Object && user.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    userId = id.GetString()!;
                }
            }
            catch (JsonException)
            {
                return DevConnectorEndpoints.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not JSON.");
            }
        }

        if (string.IsNullOrWhiteSpace(userId) || userId.Length > MaxUserIdLength)
        {
            return DevConnectorEndpoints.Error(StatusCodes.Status400BadRequest, "BadArgument", $"A user id has 1 to {MaxUserIdLength} characters.");
        }

        var conversationId = RandomId();
        return Results.Ok(Conversation(conversationId, tokens.Issue(userId, conversationId)));
    }

    private IResult RefreshToken(HttpRequest request)
    {
        if (tokens.Read(request.Headers.Authorization) is not { } token)
        {
            return Forbidden();
        }

        return Results.Ok(Conversation(token.ConversationId, tokens.Issue(token.UserId, token.ConversationId)));
    }

    /// <summary>
    /// Starts the token's conversation (201), or confirms it was started (200). The bot gets a
    /// conversationUpdate with the bot and the user in membersAdded; the client never sees it (docs/protocol.md §8.2).
    /// </summary>
    private async Task<IResult> StartConversationAsync(HttpRequest request, ChannelAdapter adapter, IBot bot, IHostApplicationLifetime lifetime, ILogger<DirectLineEndpoints> logger, CancellationToken cancellationToken)
    {
        if (tokens.Read(request.Headers.Authorization) is not { } token)
        {
            return Forbidden();
        }

        var locale = await ReadLocaleAsync(request, cancellationToken);
        if (!logs.TryStart(token.ConversationId, token.UserId, out _))
        {
            return Results.Ok(Conversation(token.ConversationId, tokens.Issue(token.UserId, token.ConversationId)));
        }

        var user = new ChannelAccount { Id = token.UserId, Role = "user" };
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = token.ConversationId + "|start",
            Timestamp = clock.GetUtcNow(),
            ChannelId = ChannelId,
            ServiceUrl = DevConnectorEndpoints.ServiceUrlFor(request),
            Conversation = new ConversationAccount { Id = token.ConversationId },
            From = user,
            Recipient = Bot,
            Locale = locale,
            MembersAdded = [Bot, new ChannelAccount { Id = token.UserId }],
        };
        var status = await RunTurnAsync(new TurnRunner(adapter, bot, lifetime, logger), update, cancellationToken);
        if (status != StatusCodes.Status200OK)
        {
            logs.Forget(token.ConversationId);
            return BotFailed(status);
        }

        return Results.Json(Conversation(token.ConversationId, tokens.Issue(token.UserId, token.ConversationId)), ProtocolJson.Options, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>What DirectLineJS calls to resume a conversation: a fresh token (no stream URL: polling only).</summary>
    private IResult Reconnect(string conversationId, HttpRequest request)
    {
        if (Authorize(request, conversationId, out var token, out _) is { } refusal)
        {
            return refusal;
        }

        return Results.Ok(Conversation(conversationId, tokens.Issue(token.UserId, conversationId)));
    }

    /// <summary>
    /// Echoes the user's activity into the log (server id, timestamp, from.role "user", the client's
    /// channelData.clientActivityID kept), runs the bot's turn, and answers once the turn has ended
    /// (at most 15 s, then 502), as the real service does.
    /// </summary>
    private async Task<IResult> PostActivityAsync(string conversationId, HttpRequest request, ChannelAdapter adapter, IBot bot, IHostApplicationLifetime lifetime, ILogger<DirectLineEndpoints> logger, CancellationToken cancellationToken)
    {
        if (Authorize(request, conversationId, out var token, out var log) is { } refusal)
        {
            return refusal;
        }

        Activity? activity;
        try
        {
            activity = await DevConnectorEndpoints.ReadActivityAsync(request, cancellationToken);
        }
        catch (BadHttpRequestException exception)
        {
            return DevConnectorEndpoints.Error(exception.StatusCode, "BadArgument", "The body could not be read (too large?).");
        }

        if (activity is null || activity.IsType(ActivityTypes.ConversationUpdate) || activity.IsType(ActivityTypes.InstallationUpdate) || activity.IsType(ActivityTypes.Invoke))
        {
            return DevConnectorEndpoints.Error(StatusCodes.Status400BadRequest, "BadArgument", "Send a message or an event activity.");
        }

        if (activity.IsType(ActivityTypes.Typing))
        {
            return Results.Ok(new ResourceResponse(null)); // delivered to nobody: polling clients do not see typing
        }

        activity.Id = null;
        activity.Timestamp = null;
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = DevConnectorEndpoints.ServiceUrlFor(request);
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.From = new ChannelAccount { Id = token.UserId, Name = activity.From?.Name, Role = "user" };
        activity.Recipient = Bot;
        var id = log.Append(activity);

        var status = await RunTurnAsync(new TurnRunner(adapter, bot, lifetime, logger), activity, cancellationToken);
        return status == StatusCodes.Status200OK ? Results.Ok(new ResourceResponse(id)) : BotFailed(status);
    }

    private IResult GetActivities(string conversationId, string? watermark, HttpRequest request)
    {
        if (Authorize(request, conversationId, out _, out var log) is { } refusal)
        {
            return refusal;
        }

        return Results.Text(log.ReadAfter(watermark), "application/json; charset=utf-8");
    }

    /// <summary>403 for a missing, forged, expired or other conversation's token; 404 for a conversation that is not (or no longer) here.</summary>
    private IResult? Authorize(HttpRequest request, string conversationId, out DirectLineToken token, out ConversationLog log)
    {
        token = tokens.Read(request.Headers.Authorization)!;
        log = null!;
        if (token is null || token.ConversationId != conversationId)
        {
            return Forbidden();
        }

        log = logs.Find(conversationId)!;
        return log is null
            ? DevConnectorEndpoints.Error(StatusCodes.Status404NotFound, "ConversationNotFound", "This conversation has not been started, or it ended.")
            : null;
    }

    private async Task<int> RunTurnAsync(TurnRunner runner, Activity activity, CancellationToken cancellationToken)
    {
        // The turn goes on when the client gives up or the deadline passes; only a stopping host ends it.
        var turn = runner.Adapter.ProcessTrustedActivityAsync(activity, runner.Bot, runner.Lifetime.ApplicationStopping);
        try
        {
            return await turn.WaitAsync(TurnDeadline, clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            LogTurnTooSlow(runner.Logger, activity.Conversation!.Id!, activity.Type!);
            return StatusCodes.Status504GatewayTimeout;
        }
    }

    private static async Task<string?> ReadLocaleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is null or 0 or > 4096)
        {
            return null;
        }

        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("locale", out var locale) &&
                   locale.ValueKind == JsonValueKind.String && locale.GetString() is { Length: > 0 and <= 20 } text
                ? text
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static object Conversation(string conversationId, string token) =>
        new Dictionary<string, object> { ["conversationId"] = conversationId, ["token"] = token, ["expires_in"] = (int)DirectLineTokens.Lifetime.TotalSeconds };

    private static IResult Forbidden() =>
        DevConnectorEndpoints.Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is missing, expired, or not for this conversation.");

    private static IResult BotFailed(int status) =>
        DevConnectorEndpoints.Error(StatusCodes.Status502BadGateway, "BotError", $"The bot answered {status}.");

    private static string RandomId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>What running a turn needs from the host, resolved per request.</summary>
    private sealed record TurnRunner(ChannelAdapter Adapter, IBot Bot, IHostApplicationLifetime Lifetime, ILogger Logger);

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "Development Direct Line: the {ActivityType} turn of conversation {ConversationId} took longer than 15 s; the client got 502")]
    private static partial void LogTurnTooSlow(ILogger logger, string conversationId, string activityType);
}
