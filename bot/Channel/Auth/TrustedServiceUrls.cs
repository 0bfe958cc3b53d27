using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ReIntegratie.Bot.Channel.Connector;

namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>
/// The service URLs the bot's own token may be sent to: the configured list plus every serviceUrl that
/// arrived on an authenticated activity (bot-protocol.md §4.5). Bounded: at most a few thousand learned.
/// </summary>
public sealed class TrustedServiceUrls(IOptions<ConnectorOptions> options)
{
    private const int MaxLearned = 4096;
    private readonly ConcurrentDictionary<string, byte> learned = new(StringComparer.Ordinal);

    public void Learn(string serviceUrl)
    {
        if (learned.Count < MaxLearned)
        {
            learned.TryAdd(ServiceUrls.Normalize(serviceUrl), 0);
        }
    }

    public bool IsTrusted(string serviceUrl)
    {
        var normalized = ServiceUrls.Normalize(serviceUrl);
        return learned.ContainsKey(normalized) ||
               options.Value.TrustedServiceUrls.Any(trusted => normalized.StartsWith(ServiceUrls.Normalize(trusted), StringComparison.Ordinal));
    }
}
