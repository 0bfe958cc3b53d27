namespace ReIntegratie.Domain.Summary;

/// <summary>One thing that is not on the summary: the kind (with its label), the card or part, and the topic (null for a whole part).</summary>
public sealed record SummaryGap(GapKind Kind, string Label, string Part, string? Topic);
