using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>
/// Validates the Bearer token of an inbound activity (docs/protocol.md §3.1): issuer, audience = app id,
/// signature by a published key endorsed for the activity's channel, lifetime with 5 minutes of skew,
/// and the serviceurl claim equal to the activity's serviceUrl.
/// </summary>
public sealed class ChannelAuthenticator(BotCredentials credentials, SigningKeyProvider keys, IOptions<ChannelAuthOptions> options)
{
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler handler = new();

    public async Task<AuthenticationOutcome> AuthenticateAsync(
        string? authorizationHeader, Activity activity, bool fromThisMachine, CancellationToken cancellationToken)
    {
        if (credentials.IsAnonymous && string.IsNullOrEmpty(authorizationHeader))
        {
            return fromThisMachine ? AuthenticationOutcome.Anonymous : AuthenticationOutcome.Refused("anonymous request not straight from this machine (another host, or through a proxy)");
        }

        if (credentials.IsAnonymous)
        {
            return AuthenticationOutcome.Refused("a token was sent but the bot has no app id to validate it against");
        }

        const string scheme = "Bearer ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Refused("no Bearer token");
        }

        var tokenText = authorizationHeader[scheme.Length..].Trim();
        JsonWebToken token;
        try
        {
            token = new JsonWebToken(tokenText);
        }
        catch (ArgumentException)
        {
            return AuthenticationOutcome.Refused("token is not a JWT");
        }

        if (!string.Equals(token.Issuer, options.Value.Issuer, StringComparison.Ordinal))
        {
            return AuthenticationOutcome.Refused("unexpected issuer");
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return AuthenticationOutcome.Refused("token names no signing key");
        }

        var key = await keys.FindAsync(token.Kid, cancellationToken);
        if (key is null)
        {
            return AuthenticationOutcome.Refused("unknown signing key");
        }

        var result = await handler.ValidateTokenAsync(tokenText, new TokenValidationParameters
        {
            ValidIssuer = options.Value.Issuer,
            ValidAudience = credentials.AppId,
            IssuerSigningKey = key.Key,
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
        });
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Refused("token validation failed: " + result.Exception?.GetType().Name);
        }

        if (string.IsNullOrEmpty(activity.ChannelId) || !key.Endorsements.Contains(activity.ChannelId))
        {
            return AuthenticationOutcome.Refused("signing key is not endorsed for this channel");
        }

        var serviceUrlClaim = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        if (!ServiceUrls.AreSame(serviceUrlClaim, activity.ServiceUrl))
        {
            return AuthenticationOutcome.Refused("serviceurl claim does not match the activity");
        }

        return AuthenticationOutcome.Authenticated;
    }
}
