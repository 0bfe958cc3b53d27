namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>An option of a step: its stable value, its title, and other words that pick it when typed.</summary>
public sealed record StepChoice(string Value, string Title, List<string> Synonyms);
