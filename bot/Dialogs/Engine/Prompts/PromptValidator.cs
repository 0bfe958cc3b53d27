namespace ReIntegratie.Bot.Dialogs.Engine.Prompts;

/// <summary>Decides whether a recognised answer is acceptable (e.g. an invitation code that redeems).</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);
