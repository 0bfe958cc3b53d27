using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Dialogs.Engine.Prompts;

/// <summary>Free text, trimmed, not empty, at most <see cref="PromptOptions.MaxLength"/> characters when set.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override PromptRecognizerResult<string> Recognize(Activity activity, PromptOptions options)
    {
        var text = (SubmittedAnswer(activity) ?? activity.Text)?.Trim();
        if (string.IsNullOrEmpty(text) || (options.MaxLength > 0 && text.Length > options.MaxLength))
        {
            return PromptRecognizerResult<string>.Failed;
        }

        return PromptRecognizerResult<string>.Of(text);
    }
}
