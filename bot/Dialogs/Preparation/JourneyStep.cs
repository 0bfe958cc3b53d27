namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>
/// One question of the journey, whatever its source (a card question, a capability question, a circle
/// placement, the own agenda). <see cref="Key"/> is stable, so "where the client is" survives restarts.
/// </summary>
public sealed record JourneyStep(string Key, StepKind Kind, string? QuestionId = null, string? ValueId = null, string? CardId = null);
