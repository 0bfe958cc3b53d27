using System.Globalization;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Registrations;

/// <summary>The outcome of a guarded change: valid, or the problem (and the limit that goes with it) to tell the user.</summary>
public sealed record RegistrationCheck(RegistrationProblem? Problem, int? Limit = null)
{
    public static RegistrationCheck Valid { get; } = new((RegistrationProblem?)null);

    public bool IsValid => Problem is null;

    public static RegistrationCheck Because(RegistrationProblem problem, int? limit = null) => new(problem, limit);

    /// <summary>The text key of the problem, e.g. "registration.problem.tooManyStressors"; null when valid.</summary>
    public string? TextKey => Problem is { } problem ? RegistrationTextKeys.Problem(problem) : null;

    /// <summary>What to tell the user, in their language; the limit fills {number}.</summary>
    public string Text(TextCatalog texts, Language language)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var key = TextKey ?? throw new InvalidOperationException("A valid change has no problem text.");
        return texts.Format(key, language, new Dictionary<string, string>
        {
            [RegistrationTextKeys.NumberPlaceholder] = Limit?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        });
    }
}
