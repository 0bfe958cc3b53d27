using System.Text.Json.Nodes;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Dialogs.Engine.Prompts;

/// <summary>A prompt as code around the dialogs sees it: which id its open question has, and what an activity would answer.</summary>
public interface IPrompt
{
    /// <summary>The <see cref="PromptOptions.Id"/> of the prompt open in <paramref name="instance"/>.</summary>
    string? OpenId(DialogInstance instance);

    /// <summary>The answer the activity gives to a prompt asked with these options, without validators; null when none.</summary>
    JsonNode? RecognizeAnswer(Activity activity, PromptOptions options);
}
