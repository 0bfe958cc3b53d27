using System.Text.Json;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Testing;

/// <summary>A call the bot made to the loopback connector.</summary>
public sealed record RecordedRequest(string Method, string Path, string Body, string? Authorization, DateTimeOffset ReceivedAt)
{
    public Activity Activity => JsonSerializer.Deserialize<Activity>(Body, ProtocolJson.Options)!;
}
