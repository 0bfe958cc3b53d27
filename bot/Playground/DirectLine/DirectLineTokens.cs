using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReIntegratie.Bot.Playground.DirectLine;

/// <summary>
/// Issues and checks the development Direct Line's tokens. They are JWT-shaped, because Web Chat
/// decodes the token to learn the user id (docs/protocol.md §8.2: claims <c>user</c>, <c>conv</c>,
/// <c>exp</c>). They carry an HMAC made with a key that lives only in this process, so a forged or
/// foreign token is recognised without keeping a list of issued tokens (memory stays bounded).
/// </summary>
public sealed class DirectLineTokens(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private const int MaxTokenLength = 2048;
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);
    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);

    public string Issue(string userId, string conversationId)
    {
        var payload = new JsonObject
        {
            ["user"] = userId,
            ["conv"] = conversationId,
            ["iat"] = clock.GetUtcNow().ToUnixTimeSeconds(),
            ["exp"] = clock.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds(),
        };
        var unsigned = Header + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return unsigned + "." + Base64Url.EncodeToString(Sign(unsigned));
    }

    /// <summary>How long after it was issued a token may still be exchanged for a new one of the same conversation (a tab closed for days).</summary>
    public static readonly TimeSpan RenewableFor = TimeSpan.FromDays(14);

    /// <summary>The token in an <c>Authorization: Bearer</c> header when it is ours and not expired; otherwise null.</summary>
    public DirectLineToken? Read(string? authorization) => Read(authorization, expiredAllowed: false);

    /// <summary>
    /// A token of ours, also when expired, issued less than <see cref="RenewableFor"/> ago: what the page
    /// kept for its conversation, to be exchanged for a fresh one of the same conversation and user.
    /// </summary>
    public DirectLineToken? ReadForRenewal(string? authorization) => Read(authorization, expiredAllowed: true);

    private DirectLineToken? Read(string? authorization, bool expiredAllowed)
    {
        const string Bearer = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) || authorization.Length > MaxTokenLength)
        {
            return null;
        }

        var parts = authorization[Bearer.Length..].Trim().Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var signature = Base64Url.DecodeFromChars(parts[2]);
            if (!CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1])))
            {
                return null;
            }

            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var root = payload.RootElement;
            var user = root.GetProperty("user").GetString();
            var conversation = root.GetProperty("conv").GetString();
            var expires = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("exp").GetInt64());
            var issued = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("iat").GetInt64());
            var usable = expiredAllowed ? clock.GetUtcNow() - issued < RenewableFor : expires > clock.GetUtcNow();
            return user is null || conversation is null || !usable
                ? null
                : new DirectLineToken(user, conversation, expires);
        }
        catch (Exception exception) when (exception is FormatException or JsonException or KeyNotFoundException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private byte[] Sign(string unsigned) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(unsigned));
}
