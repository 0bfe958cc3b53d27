namespace ReIntegratie.Domain.Summary;

/// <summary>
/// A chosen option. For the "waar sta je nu" patterns it also carries the method's name of the
/// pattern and the matching approach for the professional (docs/method.md §5).
/// </summary>
public sealed record SummaryChoice(string OptionId, string Label, string? MethodTerm, string? Approach);
