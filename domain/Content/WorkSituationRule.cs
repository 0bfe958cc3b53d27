using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Content;

/// <summary>Which card question tells whether the client has work, and which of its options mean what.</summary>
public sealed record WorkSituationRule
{
    /// <summary>Id of the "Heb je nu werk?" question.</summary>
    public required string Question { get; init; }

    public required IReadOnlyList<string> WithWork { get; init; }

    public required IReadOnlyList<string> WithoutWork { get; init; }

    /// <summary>The situation for an answer to the work question; null, skipped or kept for the conversation is Unknown.</summary>
    public WorkSituation Evaluate(QuestionAnswer? answer)
    {
        if (answer is not { Kind: AnswerKind.Answered })
        {
            return WorkSituation.Unknown;
        }

        if (answer.OptionIds.Any(WithWork.Contains))
        {
            return WorkSituation.WithWork;
        }

        return answer.OptionIds.Any(WithoutWork.Contains) ? WorkSituation.WithoutWork : WorkSituation.Unknown;
    }
}
