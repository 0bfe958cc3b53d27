namespace ReIntegratie.Domain.Summary;

/// <summary>Short labels a renderer needs next to the summary's data, in the summary's language.</summary>
public sealed record SummaryLabels(string MethodTerm, string Approach, string ExtraValue, string Capabilities, string Discrepancies, string Circles);
