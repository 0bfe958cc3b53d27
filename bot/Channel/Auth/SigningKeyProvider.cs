using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>
/// The channel's signing keys with their endorsements (docs/protocol.md §3.2). Fetching, caching and refreshing
/// the OpenID metadata and its key set is the library's <see cref="ConfigurationManager{T}"/>: it fetches again
/// after <see cref="ChannelAuthOptions.KeyRefreshInterval"/>, and when a token names an unknown key id this asks
/// it for a refresh, which it grants at most once per <see cref="BaseConfigurationManager.RefreshInterval"/>
/// (its default, 5 minutes), so a stream of invented key ids cannot make the bot hammer the metadata host.
/// What the library does not know is the <c>endorsements</c> member of each key; it keeps unknown members in
/// <see cref="JsonWebKey.AdditionalData"/>, where this class reads them.
/// </summary>
public sealed partial class SigningKeyProvider
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> metadata;
    private readonly ILogger<SigningKeyProvider> logger;
    private KeySet current = KeySet.Empty;

    public SigningKeyProvider(HttpClient http, IOptions<ChannelAuthOptions> options, ILogger<SigningKeyProvider> logger)
    {
        this.logger = logger;
        var url = options.Value.OpenIdMetadataUrl;
        var documents = new HttpDocumentRetriever(http) { RequireHttps = !IsLoopback(url) };
        metadata = new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), documents)
        {
            AutomaticRefreshInterval = options.Value.KeyRefreshInterval,
        };
    }

    /// <summary>
    /// By default the library refreshes in the background and answers with the keys it had, so the token that
    /// named the new key would be refused. Blocking, the refresh an unknown key id asked for is awaited. It is a
    /// process-wide switch that the library reads once, at its first use: the bot's runtimeconfig sets it
    /// (ReIntegratie.Bot.csproj); this call covers another process that hosts the bot, as long as that process
    /// has not used the library before.
    /// </summary>
    public static void UseBlockingRefresh() => AppContext.SetSwitch("Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking", true);

    public async Task<ChannelSigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        if ((await KeysAsync(cancellationToken)).TryGetValue(keyId, out var key))
        {
            return key;
        }

        metadata.RequestRefresh();
        return (await KeysAsync(cancellationToken)).GetValueOrDefault(keyId);
    }

    private async Task<IReadOnlyDictionary<string, ChannelSigningKey>> KeysAsync(CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await metadata.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            // The library throws this only while it has never fetched the metadata successfully.
            LogKeysUnavailable(logger, exception.InnerException?.GetType().Name ?? exception.GetType().Name);
            return KeySet.Empty.Keys;
        }

        var known = current;
        if (!ReferenceEquals(known.Source, configuration))
        {
            known = new KeySet(configuration, Parse(configuration.JsonWebKeySet));
            current = known;
            LogKeysRefreshed(logger, known.Keys.Count);
        }

        return known.Keys;
    }

    private static Dictionary<string, ChannelSigningKey> Parse(JsonWebKeySet? keySet)
    {
        var result = new Dictionary<string, ChannelSigningKey>(StringComparer.Ordinal);
        foreach (var key in keySet?.Keys ?? [])
        {
            if (!string.IsNullOrEmpty(key.Kid))
            {
                result[key.Kid] = new ChannelSigningKey(key, Endorsements(key));
            }
        }

        return result;
    }

    /// <summary>A key without endorsements endorses nothing.</summary>
    private static HashSet<string> Endorsements(JsonWebKey key)
    {
        var endorsements = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return endorsements;
        }

        IEnumerable<object?> items = value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(item => (object?)item),
            IEnumerable<object?> list => list,
            _ => [],
        };
        foreach (var item in items)
        {
            var channelId = item switch
            {
                string text => text,
                JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
                _ => null,
            };
            if (!string.IsNullOrEmpty(channelId))
            {
                endorsements.Add(channelId);
            }
        }

        return endorsements;
    }

    private static bool IsLoopback(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback;

    private sealed record KeySet(OpenIdConnectConfiguration? Source, IReadOnlyDictionary<string, ChannelSigningKey> Keys)
    {
        public static readonly KeySet Empty = new(null, new Dictionary<string, ChannelSigningKey>());
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Channel signing keys refreshed: {KeyCount} keys")]
    private static partial void LogKeysRefreshed(ILogger logger, int keyCount);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Channel signing keys could not be fetched ({Reason}); tokens cannot be validated")]
    private static partial void LogKeysUnavailable(ILogger logger, string reason);
}
