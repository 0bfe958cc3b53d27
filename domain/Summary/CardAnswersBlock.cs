namespace ReIntegratie.Domain.Summary;

/// <summary>The answered questions of one shared card (skipped ones are listed under the gaps instead).</summary>
public sealed record CardAnswersBlock(string CardId, int CardNumber, string Title, IReadOnlyList<SummaryAnswer> Answers) : SummaryBlock;
