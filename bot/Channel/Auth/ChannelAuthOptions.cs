namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>Settings section "Auth": where the channel's signing keys are published, and its issuer.</summary>
public sealed class ChannelAuthOptions
{
    public const string Section = "Auth";

    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public string Issuer { get; set; } = "https://api.botframework.com";

    /// <summary>How long fetched keys are trusted before they are fetched again.</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);
}
