using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>
/// Outbound tokens with Microsoft.Identity.Client (docs/protocol.md §9). One MSAL application per process,
/// so its token cache serves repeated calls until shortly before expiry.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private const string Scope = "https://api.botframework.com/.default";
    private const string ManagedIdentityResource = "https://api.botframework.com";
    private readonly IConfidentialClientApplication? confidential;
    private readonly IManagedIdentityApplication? managedIdentity;

    public MsalBotTokenProvider(BotCredentials credentials)
    {
        if (credentials.IsAnonymous)
        {
            return;
        }

        switch (credentials.AppType)
        {
            case BotAppType.UserAssignedMSI:
                managedIdentity = ManagedIdentityApplicationBuilder
                    .Create(ManagedIdentityId.WithUserAssignedClientId(credentials.AppId))
                    .Build();
                break;
            case BotAppType.SingleTenant:
                confidential = Confidential(credentials, $"https://login.microsoftonline.com/{credentials.AppTenantId}");
                break;
            default:
                confidential = Confidential(credentials, "https://login.microsoftonline.com/botframework.com");
                break;
        }
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (managedIdentity is not null)
        {
            var result = await managedIdentity.AcquireTokenForManagedIdentity(ManagedIdentityResource).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }

        if (confidential is not null)
        {
            var result = await confidential.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }

        return null;
    }

    private static IConfidentialClientApplication Confidential(BotCredentials credentials, string authority) =>
        ConfidentialClientApplicationBuilder.Create(credentials.AppId)
            .WithClientSecret(credentials.AppPassword)
            .WithAuthority(authority)
            .Build();
}
