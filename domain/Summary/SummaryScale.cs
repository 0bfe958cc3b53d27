namespace ReIntegratie.Domain.Summary;

/// <summary>A scale answer shown as the client's own number, never as a score: e.g. "2 van 5: Weinig (eigen cijfer van de cliënt)".</summary>
public sealed record SummaryScale(int Value, int Max, string Label, string Text);
