namespace ReIntegratie.Domain.Content;

/// <summary>A part of the preparation the client can choose to share or not: a card, the capability list, or the own agenda.</summary>
public sealed record SharingPart(string Id, LocalizedText Title);
