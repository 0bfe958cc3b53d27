using Microsoft.IdentityModel.Tokens;

namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>A key from the channel's JWKS with the channel ids it is endorsed for (docs/protocol.md §3.2).</summary>
public sealed record ChannelSigningKey(SecurityKey Key, IReadOnlySet<string> Endorsements);
