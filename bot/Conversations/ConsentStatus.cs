namespace ReIntegratie.Bot.Conversations;

public enum ConsentStatus
{
    NotAsked,
    Given,
    Refused,
}
