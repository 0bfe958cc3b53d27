using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>
/// Fetches the OpenID metadata and its JWKS, keeps the keys with their endorsements, refreshes them
/// after <see cref="ChannelAuthOptions.KeyRefreshInterval"/> and once more when a token names an
/// unknown key id (at most once a minute, so a stream of forged kids cannot hammer the issuer).
/// </summary>
public sealed partial class SigningKeyProvider(
    HttpClient http,
    IOptions<ChannelAuthOptions> options,
    TimeProvider clock,
    ILogger<SigningKeyProvider> logger)
{
    private static readonly TimeSpan UnknownKidRefreshPause = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim refreshLock = new(1, 1);
    private IReadOnlyDictionary<string, ChannelSigningKey> keys = new Dictionary<string, ChannelSigningKey>();
    private DateTimeOffset fetchedAt = DateTimeOffset.MinValue;

    public async Task<ChannelSigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - fetchedAt > options.Value.KeyRefreshInterval)
        {
            await RefreshAsync(fetchedAt, cancellationToken);
        }

        if (keys.TryGetValue(keyId, out var key))
        {
            return key;
        }

        if (now - fetchedAt > UnknownKidRefreshPause)
        {
            await RefreshAsync(fetchedAt, cancellationToken);
        }

        return keys.GetValueOrDefault(keyId);
    }

    private async Task RefreshAsync(DateTimeOffset seenFetchedAt, CancellationToken cancellationToken)
    {
        await refreshLock.WaitAsync(cancellationToken);
        try
        {
            if (fetchedAt != seenFetchedAt)
            {
                return; // another caller refreshed meanwhile
            }

            using var metadata = await GetJsonAsync(options.Value.OpenIdMetadataUrl, cancellationToken);
            var jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var uri) ? uri.GetString() : null;
            if (string.IsNullOrEmpty(jwksUri))
            {
                throw new InvalidDataException("OpenID metadata has no jwks_uri.");
            }

            using var jwks = await GetJsonAsync(jwksUri, cancellationToken);
            keys = ParseKeys(jwks.RootElement);
            fetchedAt = clock.GetUtcNow();
            LogKeysRefreshed(logger, keys.Count);
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidDataException or JsonException or TaskCanceledException)
        {
            LogKeysUnavailable(logger, exception.GetType().Name);
        }
        finally
        {
            refreshLock.Release();
        }
    }

    private async Task<JsonDocument> GetJsonAsync(string url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
    }

    private static Dictionary<string, ChannelSigningKey> ParseKeys(JsonElement jwks)
    {
        var result = new Dictionary<string, ChannelSigningKey>(StringComparer.Ordinal);
        if (!jwks.TryGetProperty("keys", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("JWKS has no keys array.");
        }

        foreach (var raw in list.EnumerateArray())
        {
            var key = new JsonWebKey(raw.GetRawText());
            if (string.IsNullOrEmpty(key.Kid))
            {
                continue;
            }

            var endorsements = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (raw.TryGetProperty("endorsements", out var endorsed) && endorsed.ValueKind == JsonValueKind.Array)
            {
                foreach (var channel in endorsed.EnumerateArray())
                {
                    if (channel.GetString() is { Length: > 0 } channelId)
                    {
                        endorsements.Add(channelId);
                    }
                }
            }

            result[key.Kid] = new ChannelSigningKey(key, endorsements);
        }

        return result;
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Channel signing keys refreshed: {KeyCount} keys")]
    private static partial void LogKeysRefreshed(ILogger logger, int keyCount);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Channel signing keys could not be fetched ({Reason}); tokens cannot be validated")]
    private static partial void LogKeysUnavailable(ILogger logger, string reason);
}
