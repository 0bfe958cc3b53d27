namespace ReIntegratie.Domain.Capabilities;

/// <summary>The answer and score of one of the seven values; Answer is null when the value was not answered.</summary>
public sealed record ValueScore(string ValueId, CapabilityAnswer? Answer, CapabilityScore Score);
