using System.Net;

namespace ReIntegratie.Bot.Playground;

/// <summary>The playground answers only requests from this machine; anyone else gets 404, as if it did not exist.</summary>
public sealed class LoopbackOnlyFilter : IEndpointFilter
{
    public static bool IsLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is not { } remote || IPAddress.IsLoopback(remote);

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        IsLoopback(context.HttpContext) ? next(context) : ValueTask.FromResult<object?>(Results.NotFound());
}
