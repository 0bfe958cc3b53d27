using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Dialogs.Engine.Prompts;

/// <summary>Yes or no, typed in either language or clicked. The words come from the content files.</summary>
public sealed class ConfirmPrompt(string id, IReadOnlyList<string> yesWords, IReadOnlyList<string> noWords) : Prompt<bool>(id)
{
    protected override PromptRecognizerResult<bool> Recognize(Activity activity, PromptOptions options)
    {
        var typed = SubmittedAnswer(activity) ?? activity.Text;
        if (options.Choices is { Count: > 0 } choices && ChoiceRecognizer.Recognize(typed, choices, allowMultiple: false) is [var chosen])
        {
            typed = chosen; // buttons and numbers carry "true" / "false"
        }

        var answer = Domain.Content.TextMatching.Normalize(typed);
        if (answer is "true" || yesWords.Any(w => Domain.Content.TextMatching.Normalize(w) == answer))
        {
            return PromptRecognizerResult<bool>.Of(true);
        }

        if (answer is "false" || noWords.Any(w => Domain.Content.TextMatching.Normalize(w) == answer))
        {
            return PromptRecognizerResult<bool>.Of(false);
        }

        return PromptRecognizerResult<bool>.Failed;
    }
}
