using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReIntegratie.Testing;

/// <summary>
/// A small real HTTP server on 127.0.0.1, for the peers the tests and benchmarks stand up. It binds to
/// port 0 and the operating system picks a free port, which <see cref="BaseUrlOf"/> reads back once started.
/// </summary>
public static class LoopbackWebApplication
{
    /// <summary>An app without logging; the caller maps its routes, then starts it.</summary>
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    /// <summary>The address a started app listens on, without a trailing slash.</summary>
    public static string BaseUrlOf(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
}
