using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using ReIntegratie.Bot.Conversations;

namespace ReIntegratie.Bot.Hosting;

/// <summary>
/// Where the bot really listens (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, the launch profile), known only once the
/// server has started: logged then, and used as <see cref="ClientOptions.InvitationLinkBase"/> when that
/// setting is empty, so a local run on another port hands out links to that port.
/// </summary>
public static partial class OwnAddress
{
    public static void FollowOwnAddress(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            if (addresses?.Select(Browsable).FirstOrDefault() is not { } own)
            {
                return; // an in-memory test server has no address
            }

            var client = app.Services.GetRequiredService<IOptions<ClientOptions>>().Value;
            if (string.IsNullOrWhiteSpace(client.InvitationLinkBase))
            {
                client.InvitationLinkBase = own;
            }

            LogListening(app.Logger, own, own + "api/messages", app.Environment.IsDevelopment() ? own : "(Development only)");
        });
    }

    /// <summary>http://[::]:5000 or http://0.0.0.0:5000 (every interface) as a browser on this machine reaches it.</summary>
    public static string Browsable(string address)
    {
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "[::]" or "::" or "0.0.0.0")
        {
            uri.Host = "localhost";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority) + "/";
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "The bot listens on {Address}: messages at {Messages}, playground at {Playground}")]
    private static partial void LogListening(ILogger logger, string address, string messages, string playground);
}
