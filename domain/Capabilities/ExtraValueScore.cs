namespace ReIntegratie.Domain.Capabilities;

/// <summary>The answer and score of the optional eighth value.</summary>
public sealed record ExtraValueScore(ExtraValueAnswer Answer, CapabilityScore Score);
