using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ReIntegratie.Testing;

/// <summary>Signs channel tokens with a key the test generated, and publishes it as a JWKS with endorsements.</summary>
public sealed class TokenSigner
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    private readonly RSA rsa = RSA.Create(2048);
    private readonly RsaSecurityKey key;

    public TokenSigner(string keyId = "test-key", params string[] endorsements)
    {
        key = new RsaSecurityKey(rsa) { KeyId = keyId };
        var parameters = rsa.ExportParameters(false);
        JwksJson = JsonSerializer.Serialize(new
        {
            keys = new[]
            {
                new
                {
                    kty = "RSA", use = "sig", kid = keyId,
                    n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent),
                    endorsements = endorsements.Length > 0 ? endorsements : ["msteams", "webchat", "directline", "emulator"],
                },
            },
        });
    }

    public string JwksJson { get; }

    public string KeyId => key.KeyId;

    public string CreateToken(
        string audience,
        string serviceUrl,
        string issuer = BotFrameworkIssuer,
        DateTime? expires = null,
        RsaSecurityKey? signWith = null,
        bool includeServiceUrl = true)
    {
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(30);
        var claims = new Dictionary<string, object>();
        if (includeServiceUrl)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expiry.AddMinutes(-40),
            NotBefore = expiry.AddMinutes(-40),
            Expires = expiry,
            Claims = claims,
            SigningCredentials = new SigningCredentials(signWith ?? key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A token whose header says alg "none" and has no signature: must never be accepted.</summary>
    public string CreateUnsignedToken(string audience, string serviceUrl)
    {
        static string Part(object value) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return Part(new { alg = "none", typ = "JWT", kid = KeyId }) + "." +
               Part(new { iss = BotFrameworkIssuer, aud = audience, serviceurl = serviceUrl, nbf = now - 60, exp = now + 600 }) + ".";
    }

    /// <summary>Another key with the same key id: its signature must fail.</summary>
    public static RsaSecurityKey ImpostorKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };
}
