using ReIntegratie.Bot.Cards;

namespace ReIntegratie.Bot.Dialogs.Engine.Prompts;

/// <summary>
/// Tells a press on an earlier card from an answer to the question that is open: a card submit that
/// names another prompt than the open one (or names one while none is open). Typed text never is.
/// </summary>
public static class EarlierCard
{
    public static bool IsPressed(DialogContext dc)
    {
        var open = dc.ActiveDialog is { } instance && dc.FindDialog(instance.Id) is IPrompt prompt ? prompt.OpenId(instance) : null;
        return !CardSubmits.CanAnswer(dc.Context.Activity, open);
    }
}
