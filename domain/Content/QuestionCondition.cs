using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Content;

/// <summary>
/// When a question is asked. Either on the client's work situation ("only with work"), or on the
/// answer to an earlier question: one of its options chosen, or its scale value in a range
/// ("only after a 1-3 on confidence"). A question without a condition is always asked.
/// </summary>
public sealed record QuestionCondition
{
    /// <summary>Asked only in these work situations. When set, the other fields are not used.</summary>
    public IReadOnlyList<WorkSituation> WorkSituationIn { get; init; } = [];

    /// <summary>Id of the earlier question whose answer decides.</summary>
    public string? Question { get; init; }

    /// <summary>Asked when any of these options of <see cref="Question"/> was chosen.</summary>
    public IReadOnlyList<string> AnyOf { get; init; } = [];

    /// <summary>Asked when the scale answer of <see cref="Question"/> is at least this.</summary>
    public int? ScaleFrom { get; init; }

    /// <summary>Asked when the scale answer of <see cref="Question"/> is at most this.</summary>
    public int? ScaleTo { get; init; }

    public bool IsOnWorkSituation => WorkSituationIn.Count > 0;

    /// <param name="workSituation">The client's work situation now.</param>
    /// <param name="referencedAnswer">
    /// The answer to <see cref="Question"/>, or null when it has none or is not asked itself.
    /// A skipped answer, or one kept for the conversation, never meets a condition.
    /// </param>
    public bool IsMet(WorkSituation workSituation, QuestionAnswer? referencedAnswer)
    {
        if (IsOnWorkSituation)
        {
            return WorkSituationIn.Contains(workSituation);
        }

        if (referencedAnswer is not { Kind: AnswerKind.Answered })
        {
            return false;
        }

        if (AnyOf.Count > 0)
        {
            return referencedAnswer.OptionIds.Any(AnyOf.Contains);
        }

        return referencedAnswer.Scale is int value &&
            value >= (ScaleFrom ?? RatingScale.Min) &&
            value <= (ScaleTo ?? RatingScale.Max);
    }
}
