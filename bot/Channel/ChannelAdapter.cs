using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ReIntegratie.Bot.Channel.Auth;
using ReIntegratie.Bot.Channel.Connector;
using ReIntegratie.Bot.Hosting;

namespace ReIntegratie.Bot.Channel;

/// <summary>
/// Owns the HTTP↔turn boundary (docs/protocol.md §2): refuses other sites' browsers (403) and bodies that
/// are not JSON (415), reads and checks the activity (413, 400),
/// authenticates it (401), runs the bot's turn one at a time per conversation, delivers the turn's
/// replies, and answers 200, the invoke response, or 503 when the turn must be retried.
/// </summary>
public sealed partial class ChannelAdapter(
    ChannelAuthenticator authenticator,
    TrustedServiceUrls trustedServiceUrls,
    ConnectorClient connector,
    ConversationLocks locks,
    ILogger<ChannelAdapter> logger)
{
    public const int MaxBodyBytes = 256 * 1024;

    public async Task<IResult> ProcessAsync(HttpRequest request, IBot bot, CancellationToken cancellationToken)
    {
        if (!BrowserOrigin.IsAllowed(request))
        {
            LogRejected(logger, "browser origin is not the bot's own", StatusCodes.Status403Forbidden);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!JsonMediaType.Is(request))
        {
            LogRejected(logger, "content type is not JSON", StatusCodes.Status415UnsupportedMediaType);
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            LogRejected(logger, "body too large", StatusCodes.Status413PayloadTooLarge);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadBodyAsync(request.Body, cancellationToken);
        if (body is null)
        {
            LogRejected(logger, "body too large", StatusCodes.Status413PayloadTooLarge);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            LogRejected(logger, "malformed JSON", StatusCodes.Status400BadRequest);
            return Results.BadRequest();
        }

        var problem = activity is null ? "no activity" : ActivityValidation.FindProblem(activity);
        if (activity is null || problem is not null)
        {
            LogRejected(logger, problem ?? "-", StatusCodes.Status400BadRequest);
            return Results.BadRequest();
        }

        var fromThisMachine = LocalCaller.IsLocal(request.HttpContext);
        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity, fromThisMachine, cancellationToken);
        if (!auth.Succeeded)
        {
            LogUnauthorized(logger, activity.ChannelId!, auth.FailureReason ?? "-");
            return Results.Unauthorized();
        }

        if (!auth.IsAnonymous)
        {
            trustedServiceUrls.Learn(activity.ServiceUrl!);
        }

        return await RunTurnAsync(activity, bot, cancellationToken);
    }

    /// <summary>
    /// Runs an activity that did not come through HTTP but from a trusted in-process channel (the
    /// development Direct Line stand-in, whose serviceUrl is this host's own): the same checks, turn and
    /// reply delivery, minus the token.
    /// </summary>
    public async Task<int> ProcessTrustedActivityAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        if (ActivityValidation.FindProblem(activity) is { } problem)
        {
            LogRejected(logger, problem, StatusCodes.Status400BadRequest);
            return StatusCodes.Status400BadRequest;
        }

        trustedServiceUrls.LearnOwnDevelopmentConnector(activity.ServiceUrl!);

        var result = await RunTurnAsync(activity, bot, cancellationToken);
        return result is IStatusCodeHttpResult { StatusCode: { } status } ? status : StatusCodes.Status200OK;
    }

    /// <summary>Runs a turn the bot starts itself, e.g. a scheduled message (SDK: ContinueConversationAsync).</summary>
    public async Task ContinueConversationAsync(
        ConversationReference reference, IBot bot, CancellationToken cancellationToken, string? eventName = null, System.Text.Json.JsonElement? value = null,
        IReadOnlyDictionary<string, object>? turnState = null)
    {
        var activity = reference.CreateProactiveActivity();
        activity.Name = eventName ?? activity.Name;
        activity.Value = value;
        var turn = new TurnContext(activity, connector) { IsProactive = true };
        foreach (var (name, item) in turnState ?? new Dictionary<string, object>())
        {
            turn.TurnState[name] = item;
        }

        using (await locks.AcquireAsync(ConversationKey(activity), cancellationToken))
        {
            await bot.OnTurnAsync(turn, cancellationToken);
        }

        foreach (var outgoing in turn.BufferedActivities)
        {
            outgoing.ReplyToId = null;
            await connector.DeliverAsync(outgoing, cancellationToken); // failures surface, so scheduled work retries
        }

        foreach (var update in turn.BufferedUpdates)
        {
            await connector.UpdateActivityAsync(update.ServiceUrl!, update.Conversation!.Id!, update.Id!, update, cancellationToken);
        }
    }

    private async Task<IResult> RunTurnAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        var turn = new TurnContext(activity, connector);
        try
        {
            using (await locks.AcquireAsync(ConversationKey(activity), cancellationToken))
            {
                await bot.OnTurnAsync(turn, cancellationToken);
            }
        }
        catch (TransientTurnFailureException exception)
        {
            LogTurnDeferred(logger, activity.Type!, activity.Id ?? "-", exception.Message);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogTurnFailed(logger, activity.Type!, activity.Id ?? "-", exception.GetType().Name);
            turn.DiscardBufferedActivities();
            await bot.OnTurnErrorAsync(turn, exception, cancellationToken);
            await DeliverRepliesAsync(turn, cancellationToken);
            return activity.IsType(ActivityTypes.Invoke)
                ? Results.Json(new { statusCode = 500, type = "application/vnd.microsoft.error", value = new { code = "TurnFailed", message = "The bot could not handle this action." } }, ProtocolJson.Options)
                : Results.Ok(); // a bug does not get better by the channel sending it again
        }

        await DeliverRepliesAsync(turn, cancellationToken);

        if (activity.IsType(ActivityTypes.Invoke))
        {
            var response = turn.InvokeResponse;
            return response is null
                ? Results.StatusCode(StatusCodes.Status501NotImplemented)
                : Results.Json(response.Body, ProtocolJson.Options, statusCode: response.Status);
        }

        return Results.Ok();
    }

    private async Task DeliverRepliesAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var outgoing in turn.BufferedActivities)
        {
            try
            {
                await connector.DeliverAsync(outgoing, cancellationToken);
            }
            catch (Exception exception) when (exception is ConnectorException or HttpRequestException or TaskCanceledException)
            {
                // Already logged by the connector; the turn's state is stored, so the next turn carries on.
                LogDeliveryFailed(logger, turn.Activity.Id ?? "-", exception.GetType().Name);
                break;
            }
        }

        foreach (var update in turn.BufferedUpdates)
        {
            try
            {
                await connector.UpdateActivityAsync(update.ServiceUrl!, update.Conversation!.Id!, update.Id!, update, cancellationToken);
            }
            catch (Exception exception) when (exception is ConnectorException or HttpRequestException or TaskCanceledException)
            {
                // Only cosmetic: the answer is stored, the old card just keeps its buttons.
                LogDeliveryFailed(logger, turn.Activity.Id ?? "-", exception.GetType().Name);
            }
        }
    }

    private static string ConversationKey(Activity activity) => activity.ChannelId + "/" + activity.Conversation?.Id;

    private static async Task<byte[]?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Inbound request rejected ({Reason}): {Status}")]
    private static partial void LogRejected(ILogger logger, string reason, int status);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Inbound activity from channel {ChannelId} not authenticated: {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string channelId, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Turn for {ActivityType} activity {ActivityId} deferred (503): {Reason}")]
    private static partial void LogTurnDeferred(ILogger logger, string activityType, string activityId, string reason);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "Turn for {ActivityType} activity {ActivityId} failed with {ExceptionType}; nothing stored, apology sent")]
    private static partial void LogTurnFailed(ILogger logger, string activityType, string activityId, string exceptionType);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Replies of activity {ActivityId} not delivered: {Reason}")]
    private static partial void LogDeliveryFailed(ILogger logger, string activityId, string reason);
}
