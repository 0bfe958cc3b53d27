namespace ReIntegratie.Domain.Registrations;

/// <summary>The one extra note a day outside the worry session, for a thought that does not let go (docs/method.md §7).</summary>
public sealed record WorryNote(DateOnly Date, string Text, DateTimeOffset WrittenAt);
