using System.Text.Json;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Dialogs.Engine.Prompts;

/// <summary>
/// One (or, with <see cref="PromptOptions.AllowMultiple"/>, several) of the offered choices. Answers come
/// from buttons, card inputs (comma-separated values, as Input.ChoiceSet sends them) or typed text.
/// The result is the list of chosen values.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<List<string>>? validator = null) : Prompt<List<string>>(id, validator)
{
    protected override PromptRecognizerResult<List<string>> Recognize(Activity activity, PromptOptions options)
    {
        var choices = options.Choices ?? [];
        if (SubmittedAnswer(activity) is { } submitted)
        {
            var values = submitted.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            var known = values.Count > 0 && values.All(v => choices.Any(c => c.Value == v)) && (options.AllowMultiple || values.Count == 1);
            return known ? PromptRecognizerResult<List<string>>.Of(values.Distinct().ToList()) : PromptRecognizerResult<List<string>>.Failed;
        }

        var text = activity.Text;
        if (text is null && activity.Value is { ValueKind: JsonValueKind.String } raw)
        {
            text = raw.GetString(); // imBack-style postbacks
        }

        return ChoiceRecognizer.Recognize(text, choices, options.AllowMultiple) is { } chosen
            ? PromptRecognizerResult<List<string>>.Of(chosen)
            : PromptRecognizerResult<List<string>>.Failed;
    }
}
