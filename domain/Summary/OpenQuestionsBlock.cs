namespace ReIntegratie.Domain.Summary;

/// <summary>The suggested open questions: the openers, one per discrepancy, one per skipped topic.</summary>
public sealed record OpenQuestionsBlock(IReadOnlyList<OpenQuestion> Questions) : SummaryBlock;
