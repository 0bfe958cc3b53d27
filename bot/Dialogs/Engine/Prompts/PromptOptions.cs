using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Dialogs.Engine.Prompts;

/// <summary>
/// How a prompt asks and re-asks. The caller renders the activities (card or text); the prompt only
/// decides when to send which. Stored with the prompt's state, so it must stay serialisable.
/// </summary>
public sealed class PromptOptions
{
    /// <summary>
    /// What is asked (a journey step key, "consent", "review"...): written into every button of the
    /// prompt's cards, and a card submit naming another id is not an answer to this prompt.
    /// </summary>
    public string? Id { get; set; }

    public Activity? Prompt { get; set; }

    /// <summary>Sent after an answer that was not recognised or not valid.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>Sent instead of the retry after every third failed try: offers help or skipping.</summary>
    public Activity? HelpOffer { get; set; }

    public List<Choice>? Choices { get; set; }
    public bool AllowMultiple { get; set; }
    public bool AllowNotApplicable { get; set; }
    public int MaxLength { get; set; }
    public int Min { get; set; } = 1;
    public int Max { get; set; } = 5;

    /// <summary>What the prompt is about (e.g. a question id), for prompts that recognise against content.</summary>
    public string? Subject { get; set; }
}
