namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>The ids of the client journey's dialogs and prompts.</summary>
public static class DialogIds
{
    public const string Client = "client";
    public const string Invitation = "invitation";
    public const string Consent = "consent";
    public const string Preparation = "preparation";
    public const string Review = "review";
    public const string StartOver = "startOver";
    public const string DeleteMyData = "deleteMyData";

    public const string TextPrompt = "prompt.text";
    public const string ChoicePrompt = "prompt.choice";
    public const string ConfirmPrompt = "prompt.confirm";
    public const string ScalePrompt = "prompt.scale";
    public const string CardQuestionPrompt = "prompt.cardQuestion";
    public const string CodePrompt = "prompt.code";
    public const string PagePrompt = "prompt.page";
}
