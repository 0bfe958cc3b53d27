namespace ReIntegratie.Domain.Summary;

/// <summary>A section of the summary with its title, an optional note (e.g. "geen medisch oordeel") and its blocks.</summary>
public sealed record SummarySection(SummarySectionKind Kind, string Title, string? Note, IReadOnlyList<SummaryBlock> Blocks);
