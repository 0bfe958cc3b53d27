namespace ReIntegratie.Bot.Channel.Auth;

public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
