using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ReIntegratie.Bot.Channel.Connector;

namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>
/// The service URLs the bot's own token may be sent to: the configured list plus every serviceUrl that
/// arrived on an authenticated activity (docs/protocol.md §4.5), and apart from those the URLs of this
/// host's development connector, which get no token. Learned URLs live in memory only, so after a restart
/// a URL that is not configured is untrusted again until the channel sends an activity from it.
/// Bounded: at most a few thousand learned.
/// </summary>
public sealed class TrustedServiceUrls(IOptions<ConnectorOptions> options)
{
    private const int MaxLearned = 4096;
    private readonly ConcurrentDictionary<string, byte> learned = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> ownDevelopmentConnector = new(StringComparer.Ordinal);

    public void Learn(string serviceUrl) => Add(learned, serviceUrl);

    /// <summary>A serviceUrl of this host's own development connector (Direct Line stand-in, playground).</summary>
    public void LearnOwnDevelopmentConnector(string serviceUrl) => Add(ownDevelopmentConnector, serviceUrl);

    public ServiceUrlTrust Judge(string serviceUrl)
    {
        var normalized = ServiceUrls.Normalize(serviceUrl);
        if (learned.ContainsKey(normalized) ||
            options.Value.TrustedServiceUrls.Any(trusted => normalized.StartsWith(ServiceUrls.Normalize(trusted), StringComparison.Ordinal)))
        {
            return ServiceUrlTrust.Trusted;
        }

        return ownDevelopmentConnector.ContainsKey(normalized) ? ServiceUrlTrust.OwnDevelopmentConnector : ServiceUrlTrust.Untrusted;
    }

    private static void Add(ConcurrentDictionary<string, byte> set, string serviceUrl)
    {
        if (set.Count < MaxLearned)
        {
            set.TryAdd(ServiceUrls.Normalize(serviceUrl), 0);
        }
    }
}
