namespace ReIntegratie.Bot.Dialogs.Onboarding;

/// <summary>The result of checking a typed invitation code, with the text key that tells the client what happened.</summary>
public sealed record CodeCheck(bool Accepted, string TextKey, int MinutesToWait = 0)
{
    public static CodeCheck Ok(string textKey) => new(true, textKey);

    public static CodeCheck Refused(string textKey, int minutesToWait = 0) => new(false, textKey, minutesToWait);
}
