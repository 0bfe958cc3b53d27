namespace ReIntegratie.Bot.Channel;

/// <summary>The activity types the bot distinguishes (Bot Framework Activity spec). Others are acknowledged and ignored.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string Typing = "typing";
}
