using Microsoft.Extensions.Configuration;

namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>Reads and checks <see cref="BotCredentials"/>; a wrong combination stops start-up naming the setting.</summary>
public static class BotCredentialsReader
{
    public static BotCredentials Read(IConfiguration configuration, bool isProduction)
    {
        var typeText = configuration["MicrosoftAppType"];
        var appType = BotAppType.MultiTenant;
        if (!string.IsNullOrWhiteSpace(typeText) && !Enum.TryParse(typeText, ignoreCase: true, out appType))
        {
            throw new InvalidOperationException(
                $"Setting MicrosoftAppType has the value '{typeText}'; use MultiTenant, SingleTenant or UserAssignedMSI.");
        }

        var credentials = new BotCredentials
        {
            AppType = appType,
            AppId = configuration["MicrosoftAppId"]?.Trim() ?? "",
            AppPassword = configuration["MicrosoftAppPassword"] ?? "",
            AppTenantId = configuration["MicrosoftAppTenantId"]?.Trim() ?? "",
        };

        if (credentials.IsAnonymous)
        {
            if (isProduction)
            {
                throw new InvalidOperationException(
                    "Setting MicrosoftAppId is empty. In Production the bot refuses to run without credentials.");
            }

            return credentials;
        }

        if (!Guid.TryParse(credentials.AppId, out _))
        {
            throw new InvalidOperationException("Setting MicrosoftAppId must be a GUID (the bot's app or managed identity client id).");
        }

        switch (appType)
        {
            case BotAppType.MultiTenant when string.IsNullOrEmpty(credentials.AppPassword):
                throw new InvalidOperationException("Setting MicrosoftAppPassword is required when MicrosoftAppType is MultiTenant.");
            case BotAppType.SingleTenant when string.IsNullOrEmpty(credentials.AppPassword):
                throw new InvalidOperationException("Setting MicrosoftAppPassword is required when MicrosoftAppType is SingleTenant.");
            case BotAppType.SingleTenant when !Guid.TryParse(credentials.AppTenantId, out _):
                throw new InvalidOperationException("Setting MicrosoftAppTenantId must be the tenant GUID when MicrosoftAppType is SingleTenant.");
            case BotAppType.UserAssignedMSI when !string.IsNullOrEmpty(credentials.AppPassword):
                throw new InvalidOperationException("Setting MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI.");
        }

        return credentials;
    }
}
