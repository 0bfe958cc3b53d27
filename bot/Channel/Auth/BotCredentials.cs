namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>
/// The bot's identity, from the conventional top-level settings MicrosoftAppType, MicrosoftAppId,
/// MicrosoftAppPassword and MicrosoftAppTenantId. An empty app id means local development without auth.
/// </summary>
public sealed class BotCredentials
{
    public BotAppType AppType { get; init; } = BotAppType.MultiTenant;
    public string AppId { get; init; } = "";
    public string AppPassword { get; init; } = "";
    public string AppTenantId { get; init; } = "";

    public bool IsAnonymous => string.IsNullOrWhiteSpace(AppId);
}
