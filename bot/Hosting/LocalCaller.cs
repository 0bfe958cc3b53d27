using System.Net;

namespace ReIntegratie.Bot.Hosting;

/// <summary>
/// Whether a request came straight from this machine: the connection's own peer address is loopback (or
/// there is none, as for an in-process or Unix-socket connection) and no proxy passed it on. A tunnel on
/// this host (ngrok, dev tunnels) connects from loopback but adds forwarding headers, so it counts as remote.
/// </summary>
public static class LocalCaller
{
    public static bool IsLocal(HttpContext context)
    {
        var remote = context.Features.Get<ConnectionAddress>() is { } connection ? connection.Remote : context.Connection.RemoteIpAddress;
        if (remote is { IsIPv4MappedToIPv6: true })
        {
            remote = remote.MapToIPv4();
        }

        return (remote is null || IPAddress.IsLoopback(remote)) && !ProxyHeaders.ArePresent(context.Request.Headers);
    }
}
