namespace ReIntegratie.Domain.Registrations;

/// <summary>The one extra note a day outside the worry session, for a thought that does not let go (seed 000, 3770-3785).</summary>
public sealed record WorryNote(DateOnly Date, string Text, DateTimeOffset WrittenAt);
