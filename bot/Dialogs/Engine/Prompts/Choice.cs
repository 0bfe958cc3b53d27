namespace ReIntegratie.Bot.Dialogs.Engine.Prompts;

/// <summary>An option of a choice prompt: its stable value, what is shown, and other words that pick it.</summary>
public sealed class Choice
{
    public string Value { get; set; } = "";
    public string Title { get; set; } = "";
    public List<string> Synonyms { get; set; } = [];
}
