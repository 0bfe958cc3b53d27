namespace ReIntegratie.Domain.Summary;

/// <summary>What the client wants to discuss, in their own words.</summary>
public sealed record OwnAgendaBlock(string Title, string Text) : SummaryBlock;
