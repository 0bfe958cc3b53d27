using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>
/// What ASPNETCORE_FORWARDEDHEADERS_ENABLED sets up (X-Forwarded-For believed from any peer), added in
/// code instead, so start-up does not see the setting: the remote address the bot reads is then rewritten.
/// </summary>
public sealed class TrustEveryForwarder : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        app.UseForwardedHeaders(options);
        next(app);
    };
}
