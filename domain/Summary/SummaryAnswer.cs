namespace ReIntegratie.Domain.Summary;

/// <summary>
/// One answered question as the professional sees it: the question as it was asked, the chosen
/// options (in card order), the client's own words, or their scale value. Text is the client's
/// input as typed: escape it when rendering.
/// </summary>
public sealed record SummaryAnswer(
    string QuestionId,
    string Question,
    IReadOnlyList<SummaryChoice> Choices,
    string? Text,
    SummaryScale? Scale);
