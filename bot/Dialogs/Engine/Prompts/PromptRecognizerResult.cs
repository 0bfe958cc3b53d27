namespace ReIntegratie.Bot.Dialogs.Engine.Prompts;

public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value)
{
    public static PromptRecognizerResult<T> Failed { get; } = new(false, default);

    public static PromptRecognizerResult<T> Of(T value) => new(true, value);
}
