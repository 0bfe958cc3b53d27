namespace ReIntegratie.Bot.Hosting;

/// <summary>
/// Keeps each request's <see cref="ConnectionAddress"/> first thing in the pipeline. Registered ahead of
/// every other start-up filter, so it runs before the forwarded-headers middleware that
/// ASPNETCORE_FORWARDEDHEADERS_ENABLED adds, which replaces the remote address with X-Forwarded-For.
/// </summary>
public sealed class ConnectionAddressStartupFilter : IStartupFilter
{
    public static void AddFirst(IServiceCollection services) =>
        services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter, ConnectionAddressStartupFilter>());

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Features.Set(new ConnectionAddress(context.Connection.RemoteIpAddress));
            return nextMiddleware(context);
        });
        next(app);
    };
}
