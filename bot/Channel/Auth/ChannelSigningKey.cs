using Microsoft.IdentityModel.Tokens;

namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>A key from the channel's JWKS with the channel ids it is endorsed for (bot-protocol.md §3.1).</summary>
public sealed record ChannelSigningKey(SecurityKey Key, IReadOnlySet<string> Endorsements);
