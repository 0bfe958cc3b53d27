namespace ReIntegratie.Bot.Registrations;

/// <summary>The hour before which the clean-up removed every due entry and settled record.</summary>
public sealed record ReminderCleanupMark(DateTimeOffset CleanedBefore);
