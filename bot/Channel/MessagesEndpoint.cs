using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReIntegratie.Bot.Channel;

/// <summary>Maps the channel's messaging endpoint. The adapter does the work.</summary>
public static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    public static IEndpointRouteBuilder MapMessagesEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, PostActivityAsync);
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch], () => Results.StatusCode(StatusCodes.Status405MethodNotAllowed));
        return endpoints;
    }

    private static Task<IResult> PostActivityAsync(HttpRequest request, ChannelAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
        adapter.ProcessAsync(request, bot, cancellationToken);
}
