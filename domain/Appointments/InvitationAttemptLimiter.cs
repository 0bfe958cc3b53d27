namespace ReIntegratie.Domain.Appointments;

/// <summary>
/// Limits guessing of invitation codes, per user and over all users together. Pure: the caller keeps
/// the times of recent failed attempts and passes them in with "now". Five wrong codes within 15
/// minutes are allowed per user (<see cref="MaxFailedAttemptsInTotal"/> over all users); the next try
/// is refused until the oldest counted one is 15 minutes old.
/// </summary>
public static class InvitationAttemptLimiter
{
    public const int MaxFailedAttempts = 5;

    /// <summary>Wrong codes from everyone together in the window: beyond this, someone is guessing with many identities.</summary>
    public const int MaxFailedAttemptsInTotal = 50;
    public const string TooManyAttemptsTextKey = "invitation.tooManyAttempts";
    public const string NotACodeTextKey = "invitation.notACode";

    public static TimeSpan Window { get; } = TimeSpan.FromMinutes(15);

    /// <summary>May this user try a code now?</summary>
    public static AttemptDecision Check(IEnumerable<DateTimeOffset> failedAttempts, DateTimeOffset now) =>
        Check(failedAttempts, now, MaxFailedAttempts);

    /// <summary>May anyone try a code now, given everyone's failed attempts?</summary>
    public static AttemptDecision CheckTotal(IEnumerable<DateTimeOffset> failedAttempts, DateTimeOffset now) =>
        Check(failedAttempts, now, MaxFailedAttemptsInTotal);

    private static AttemptDecision Check(IEnumerable<DateTimeOffset> failedAttempts, DateTimeOffset now, int max)
    {
        var counted = Counted(failedAttempts, now);
        if (counted.Count < max)
        {
            return AttemptDecision.Allowed;
        }

        // Allowed again once all but max - 1 of the counted attempts are out of the window.
        var releasing = counted[counted.Count - max];
        return AttemptDecision.Refused(releasing + Window - now);
    }

    /// <summary>The failed attempts that still count (less than 15 minutes old), oldest first: keep only these.</summary>
    public static IReadOnlyList<DateTimeOffset> Counted(IEnumerable<DateTimeOffset> failedAttempts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(failedAttempts);
        return failedAttempts.Where(attempt => now - attempt < Window).Order().ToList();
    }
}
