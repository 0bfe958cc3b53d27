namespace ReIntegratie.Domain.Registrations;

/// <summary>Defaults when the professional and client agree nothing else. The clock times are ours (the method sets none: docs/method.md §6.2).</summary>
public static class RegistrationDefaults
{
    /// <summary>Two weeks: one week of "did it occur", one week with what happened and what you thought or felt.</summary>
    public const int DurationDays = 14;

    /// <summary>The end of the morning, the afternoon and the evening: 12:30, 17:30, 21:30.</summary>
    public static IReadOnlyList<TimeOnly> OmaReminderTimes { get; } = [new(12, 30), new(17, 30), new(21, 30)];
}
