using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Preparation;

/// <summary>The outcome of a guarded change: valid, or the problem (and limit) to tell the client.</summary>
public sealed record AnswerCheck(AnswerProblem? Problem, int? Limit = null)
{
    public const string TextKeyPrefix = "preparation.problem.";
    public const string LimitPlaceholder = "max";

    public static AnswerCheck Valid { get; } = new((AnswerProblem?)null);

    public bool IsValid => Problem is null;

    public static AnswerCheck Because(AnswerProblem problem, int? limit = null) => new(problem, limit);

    /// <summary>The text key of a problem's retry text, e.g. "preparation.problem.textTooLong".</summary>
    public static string TextKeyOf(AnswerProblem problem)
    {
        var name = problem.ToString();
        return TextKeyPrefix + char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>What to tell the client, in their language; the limit fills {max}.</summary>
    public string RetryText(TextCatalog texts, Language language)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (Problem is not { } problem)
        {
            throw new InvalidOperationException("A valid answer has no retry text.");
        }

        var values = new Dictionary<string, string>
        {
            [LimitPlaceholder] = Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        };
        return texts.Format(TextKeyOf(problem), language, values);
    }
}
