using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using ReIntegratie.Bot.Hosting;

namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>Reads and checks <see cref="BotCredentials"/>; a wrong combination stops start-up naming the setting.</summary>
public static class BotCredentialsReader
{
    public static BotCredentials Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var typeText = configuration["MicrosoftAppType"];
        var appType = BotAppType.MultiTenant;
        if (!string.IsNullOrWhiteSpace(typeText) && !Enum.TryParse(typeText, ignoreCase: true, out appType))
        {
            throw new InvalidSettingException(
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
            AnonymousMode.EnsureAllowed(environment, configuration);
            return credentials;
        }

        if (!Guid.TryParse(credentials.AppId, out _))
        {
            throw new InvalidSettingException("Setting MicrosoftAppId must be a GUID (the bot's app or managed identity client id).");
        }

        switch (appType)
        {
            case BotAppType.MultiTenant when string.IsNullOrEmpty(credentials.AppPassword):
                throw new InvalidSettingException("Setting MicrosoftAppPassword is required when MicrosoftAppType is MultiTenant.");
            case BotAppType.SingleTenant when string.IsNullOrEmpty(credentials.AppPassword):
                throw new InvalidSettingException("Setting MicrosoftAppPassword is required when MicrosoftAppType is SingleTenant.");
            case BotAppType.SingleTenant when !Guid.TryParse(credentials.AppTenantId, out _):
                throw new InvalidSettingException("Setting MicrosoftAppTenantId must be the tenant GUID when MicrosoftAppType is SingleTenant.");
            case BotAppType.UserAssignedMSI when !string.IsNullOrEmpty(credentials.AppPassword):
                throw new InvalidSettingException("Setting MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI.");
        }

        return credentials;
    }
}
