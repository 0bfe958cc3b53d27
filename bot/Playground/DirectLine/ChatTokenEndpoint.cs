namespace ReIntegratie.Bot.Playground.DirectLine;

/// <summary>
/// The playground page's stand-in for an organisation's own token endpoint (docs/web-chat.md): the page
/// kept its conversation's token, and after a tab was closed longer than the token lives it exchanges
/// that token for a fresh one of the same conversation and user. Proof is the old token itself (ours,
/// issued less than <see cref="DirectLineTokens.RenewableFor"/> ago); a conversation this Direct Line no
/// longer keeps gets 404, so the page starts a new one.
/// </summary>
public sealed class ChatTokenEndpoint(ConversationLogs logs, DirectLineTokens tokens)
{
    public const string Path = "/playground/api/chat-token";

    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, Renew).AddEndpointFilter<LoopbackOnlyFilter>();

    private IResult Renew(HttpRequest request)
    {
        if (tokens.ReadForRenewal(request.Headers.Authorization) is not { } old)
        {
            return DevConnectorEndpoints.Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is missing, not ours, or too old to renew.");
        }

        if (logs.Find(old.ConversationId) is not { } log || log.UserId != old.UserId)
        {
            return DevConnectorEndpoints.Error(StatusCodes.Status404NotFound, "ConversationNotFound", "This conversation is no longer kept.");
        }

        return Results.Ok(new Dictionary<string, object>
        {
            ["conversationId"] = old.ConversationId,
            ["token"] = tokens.Issue(old.UserId, old.ConversationId),
            ["expires_in"] = (int)DirectLineTokens.Lifetime.TotalSeconds,
        });
    }
}
