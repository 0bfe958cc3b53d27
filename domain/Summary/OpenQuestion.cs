namespace ReIntegratie.Domain.Summary;

/// <summary>A question the professional may ask; never a conclusion. ValueId or QuestionId tells what it is about.</summary>
public sealed record OpenQuestion(OpenQuestionKind Kind, string Text, string? ValueId = null, string? QuestionId = null);
