namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// One concrete situation that causes tension, in the client's words; its mark A/B/C (null until
/// marked); and its plan: the approach (A), the strategy (B) or how to live with it (C), optional.
/// The id stays the same while the list changes, so a card button can refer to it.
/// </summary>
public sealed record Stressor(int Id, string Text, StressorCategory? Category, string? Plan);
