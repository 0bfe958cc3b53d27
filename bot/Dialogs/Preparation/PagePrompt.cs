using System.Text.Json;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;

namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>
/// Takes the answers to a card of several steps (<see cref="PromptOptions.Choices"/> are the step keys,
/// which are also the card's input ids): what was filled in, step by step, as given. Typed text
/// answers all of them at once when it has one part per step ("5 4 2"), or on a card of open
/// questions one of them. Each answer is recognised by
/// its step's own prompt afterwards; an empty card is not an answer.
/// </summary>
public sealed class PagePrompt() : Prompt<Dictionary<string, string>>(DialogIds.PagePrompt)
{
    /// <summary>The <see cref="PromptOptions.Subject"/> of a card of open questions: typed text answers one of them (<see cref="Typed"/>).</summary>
    public const string OpenAnswers = "openAnswers";

    /// <summary>The key under which typed text on a card of open questions comes back.</summary>
    public const string Typed = "typed";

    private static readonly char[] Separators = [' ', ',', ';', '-', '/'];

    protected override PromptRecognizerResult<Dictionary<string, string>> Recognize(Activity activity, PromptOptions options)
    {
        var keys = (options.Choices ?? []).Select(choice => choice.Value).ToList();
        var given = new Dictionary<string, string>();
        if (activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            foreach (var key in keys)
            {
                if (value.TryGetProperty(key, out var input) && input.ValueKind == JsonValueKind.String && input.GetString()?.Trim() is { Length: > 0 } text)
                {
                    given[key] = text;
                }
            }
        }
        else if (options.Subject == OpenAnswers && activity.Text?.Trim() is { Length: > 0 } typed)
        {
            given[Typed] = typed;
        }
        else if (activity.Text?.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { } parts && parts.Length == keys.Count)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                given[keys[i]] = parts[i];
            }
        }

        return given.Count > 0 ? PromptRecognizerResult<Dictionary<string, string>>.Of(given) : PromptRecognizerResult<Dictionary<string, string>>.Failed;
    }
}
