using System.Text;
using Microsoft.AspNetCore.Http;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>
/// A request put straight into the in-memory host with the connection details a real client would have:
/// the peer's address and, for a request that came through a proxy or tunnel, its forwarding headers.
/// </summary>
public static class ProxiedRequest
{
    public static async Task<int> SendAsync(BotHost host, string method, string path, IPAddress remoteAddress, IReadOnlyDictionary<string, string> headers, string? json = null)
    {
        host.CreateClient().Dispose(); // starts the host
        var context = await host.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = remoteAddress;
            context.Request.Method = method;
            context.Request.Path = path;
            foreach (var (name, value) in headers)
            {
                context.Request.Headers[name] = value;
            }

            if (json is not null)
            {
                var body = Encoding.UTF8.GetBytes(json);
                context.Request.ContentType = "application/json";
                context.Request.ContentLength = body.Length;
                context.Request.Body = new MemoryStream(body);
            }
        });
        return context.Response.StatusCode;
    }
}
