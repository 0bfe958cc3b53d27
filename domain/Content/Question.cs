using System.Globalization;

namespace ReIntegratie.Domain.Content;

/// <summary>
/// One question on a card. Every question may be skipped, and "ik vertel dit liever in het
/// gesprek" (<see cref="CardSet.RatherTell"/>) is always an answer: neither is listed here.
/// </summary>
public sealed record Question
{
    /// <summary>Unique across all content; answers are stored under it.</summary>
    public required string Id { get; init; }

    public required QuestionKind Kind { get; init; }

    public required LocalizedText Text { get; init; }

    public LocalizedText? Hint { get; init; }

    /// <summary>A short name of what the question is about, for the summary's list of skipped topics.</summary>
    public required LocalizedText Topic { get; init; }

    /// <summary>Longest free text in characters: the answer of a FreeText question, or the text added to a choice.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The buttons of a choice question, in the order they are shown.</summary>
    public IReadOnlyList<AnswerOption> Options { get; init; } = [];

    /// <summary>Whether the client may add their own words to a choice.</summary>
    public bool AllowsFreeText { get; init; }

    /// <summary>When the question is asked; null means always.</summary>
    public QuestionCondition? Condition { get; init; }

    /// <summary>Labels of the points 1-5 of a Scale question.</summary>
    public IReadOnlyList<LocalizedText> ScaleLabels { get; init; } = [];

    public bool IsChoice => Kind is QuestionKind.SingleChoice or QuestionKind.MultiChoice;

    /// <summary>Whether the answer may carry text: always for FreeText, for choices when allowed.</summary>
    public bool TakesText => Kind == QuestionKind.FreeText || (IsChoice && AllowsFreeText);

    public AnswerOption? FindOption(string optionId) =>
        Options.FirstOrDefault(option => option.Id == optionId);

    /// <summary>The label of a scale point, or null outside 1-5.</summary>
    public LocalizedText? ScaleLabel(int value) =>
        RatingScale.IsValid(value) && ScaleLabels.Count == RatingScale.Max ? ScaleLabels[value - RatingScale.Min] : null;

    /// <summary>The option a client means by typing its label, a synonym or its number (1-based), or null.</summary>
    public AnswerOption? Recognize(string? typed)
    {
        var normalized = TypedInput.Normalize(typed);
        if (int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= Options.Count ? Options[number - 1] : null;
        }

        return Options.FirstOrDefault(option => option.Matches(normalized));
    }

    /// <summary>
    /// The options a client means by typing several, separated by commas, semicolons, "en" or "and"
    /// (e.g. "1, 3" or "rust en pauzes"). Null when any part is not recognised.
    /// </summary>
    public IReadOnlyList<AnswerOption>? RecognizeMany(string? typed)
    {
        var whole = Recognize(typed);
        if (whole is not null)
        {
            return [whole];
        }

        var parts = TypedInput.Normalize(typed)
            .Replace(" en ", ",", StringComparison.Ordinal)
            .Replace(" and ", ",", StringComparison.Ordinal)
            .Split([',', ';', '+', '&'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var options = new List<AnswerOption>();
        foreach (var part in parts)
        {
            var option = Recognize(part);
            if (option is null)
            {
                return null;
            }

            if (!options.Contains(option))
            {
                options.Add(option);
            }
        }

        return options;
    }
}
