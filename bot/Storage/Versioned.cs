namespace ReIntegratie.Bot.Storage;

/// <summary>A document's value with the ETag it was read at.</summary>
public sealed record Versioned<T>(T Value, string ETag);
