namespace ReIntegratie.Bot.Cards.Professional;

/// <summary>What the professional entered, to show the form again with their values after a problem.</summary>
public sealed record FormValues(string? ClientName, string? Date, string? Time, string? Language, string? Parts, string? LeadTime);
