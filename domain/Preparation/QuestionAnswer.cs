namespace ReIntegratie.Domain.Preparation;

/// <summary>
/// The client's answer to one card question: chosen option ids, their own words, a scale value,
/// or that they skipped it or keep it for the conversation. Check it with
/// <see cref="AnswerRules.Check"/> (or store it through <see cref="PreparationAnswers.Answer"/>).
/// </summary>
public sealed record QuestionAnswer
{
    public AnswerKind Kind { get; init; } = AnswerKind.Answered;

    /// <summary>Chosen option ids, in the order the card shows them.</summary>
    public IReadOnlyList<string> OptionIds { get; init; } = [];

    /// <summary>The client's own words: the answer to a FreeText question, or text added to a choice.</summary>
    public string? Text { get; init; }

    /// <summary>The scale value (1-5) of a Scale question.</summary>
    public int? Scale { get; init; }

    public static QuestionAnswer Skipped { get; } = new() { Kind = AnswerKind.Skipped };

    public static QuestionAnswer RatherTellInConversation { get; } = new() { Kind = AnswerKind.RatherTellInConversation };

    public bool IsAnswered => Kind == AnswerKind.Answered;

    public static QuestionAnswer FreeText(string text) => new() { Text = text };

    public static QuestionAnswer Choice(params IEnumerable<string> optionIds) => new() { OptionIds = [.. optionIds] };

    public static QuestionAnswer ChoiceWithText(IEnumerable<string> optionIds, string? text) =>
        new() { OptionIds = [.. optionIds], Text = text };

    public static QuestionAnswer Rating(int value) => new() { Scale = value };

    public bool Equals(QuestionAnswer? other) =>
        other is not null &&
        Kind == other.Kind &&
        Text == other.Text &&
        Scale == other.Scale &&
        OptionIds.SequenceEqual(other.OptionIds);

    public override int GetHashCode() => HashCode.Combine(Kind, Text, Scale, OptionIds.Count);
}
