using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>A journey step as the client reads it, before it becomes a card or numbered text.</summary>
public sealed record StepView(string PromptId, string Header, string? Intro, string Question, string? Hint)
{
    /// <summary>One choice at most this long fits a button.</summary>
    public const int ButtonTitleMaxLength = 30;

    /// <summary>At most this many choices become buttons (one action set holds at most five).</summary>
    public const int MaxButtons = 5;

    public List<StepChoice> Choices { get; init; } = [];
    public bool MultiSelect { get; init; }
    public bool IsText { get; init; }
    public bool IsShortText { get; init; }
    public bool OwnWords { get; init; }
    public bool AllowNotApplicable { get; init; }
    public int MaxLength { get; init; }
    public string? RatherTell { get; init; }
    public string RetryText { get; init; } = "";

    /// <summary>The earlier answer, as its input's value, where there is one (<see cref="EarlierAnswer"/>).</summary>
    public string? Value { get; init; }

    /// <summary>What the client wrote earlier in the "in your own words" input of a choice question.</summary>
    public string? OwnWordsValue { get; init; }

    /// <summary>A single choice with few short options: one tap on a button answers it.</summary>
    public bool IsOneTap => !IsText && !MultiSelect && !OwnWords && Choices.Count is > 0 and <= MaxButtons &&
        Choices.All(choice => choice.Title.Length <= ButtonTitleMaxLength);

    /// <summary>How the answer is given, for the time it takes (see <see cref="AnsweringModel"/>).</summary>
    public AnswerInput Input(bool oneTapShown) => this switch
    {
        { IsShortText: true } => AnswerInput.ShortText,
        { IsText: true } => AnswerInput.Text,
        { MultiSelect: true } or { OwnWords: true } => AnswerInput.MultiChoice,
        _ when oneTapShown && IsOneTap => AnswerInput.Tap,
        { PromptId: DialogIds.ScalePrompt } => AnswerInput.Scale,
        _ => AnswerInput.Choice,
    };

    /// <summary>
    /// The words the client reads on this step (header and intro once per card, counted by the caller).
    /// A hint or option already read on an earlier page (the same scale again) is recognised, not read again.
    /// </summary>
    public IEnumerable<string?> QuestionTexts(ISet<string> alreadyRead) =>
        new[] { Question }.Concat(new[] { Hint }.Concat(Choices.Select(choice => choice.Title)).Where(text => text is not null && alreadyRead.Add(text)));
}
