namespace ReIntegratie.Domain.Summary;

/// <summary>What was skipped, kept for the conversation, not filled in, or not shared, in the order of the journey.</summary>
public sealed record GapsBlock(IReadOnlyList<SummaryGap> Gaps) : SummaryBlock;
