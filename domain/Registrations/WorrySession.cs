namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// One day's worry session as the client reports it: whether it took place (at most half an hour,
/// at the agreed time), optional notes, when it was reported and whether that was the next day.
/// </summary>
public sealed record WorrySession(DateOnly Date, bool TookPlace, string? Notes, DateTimeOffset ReportedAt, bool IsLate);
