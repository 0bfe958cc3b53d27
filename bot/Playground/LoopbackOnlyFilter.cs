using ReIntegratie.Bot.Hosting;

namespace ReIntegratie.Bot.Playground;

/// <summary>
/// The playground answers only requests straight from this machine (<see cref="LocalCaller"/>): anyone
/// else, and anything a proxy or tunnel passed on, gets 404, as if it did not exist.
/// </summary>
public sealed class LoopbackOnlyFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        LocalCaller.IsLocal(context.HttpContext) ? next(context) : ValueTask.FromResult<object?>(Results.NotFound());
}
