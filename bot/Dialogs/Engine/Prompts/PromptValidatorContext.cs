using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Dialogs.Engine.Prompts;

/// <summary>What a validator sees: the recognised answer, the options and how many tries failed before.</summary>
public sealed record PromptValidatorContext<T>(TurnContext Context, PromptRecognizerResult<T> Recognized, PromptOptions Options, int AttemptCount);
