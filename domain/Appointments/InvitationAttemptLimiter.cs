namespace ReIntegratie.Domain.Appointments;

/// <summary>
/// Limits guessing of invitation codes, per conversation. Pure: the caller keeps the times of the
/// conversation's recent failed attempts and passes them in with "now". Five wrong codes within 15
/// minutes are allowed; the next try is refused until the oldest counted one is 15 minutes old.
/// </summary>
public static class InvitationAttemptLimiter
{
    public const int MaxFailedAttempts = 5;
    public const string TooManyAttemptsTextKey = "invitation.tooManyAttempts";
    public const string NotACodeTextKey = "invitation.notACode";

    public static TimeSpan Window { get; } = TimeSpan.FromMinutes(15);

    /// <summary>May the conversation try a code now?</summary>
    public static AttemptDecision Check(IEnumerable<DateTimeOffset> failedAttempts, DateTimeOffset now)
    {
        var counted = Counted(failedAttempts, now);
        if (counted.Count < MaxFailedAttempts)
        {
            return AttemptDecision.Allowed;
        }

        // Allowed again once all but MaxFailedAttempts - 1 of the counted attempts are out of the window.
        var releasing = counted[counted.Count - MaxFailedAttempts];
        return AttemptDecision.Refused(releasing + Window - now);
    }

    /// <summary>The failed attempts that still count (less than 15 minutes old), oldest first: keep only these.</summary>
    public static IReadOnlyList<DateTimeOffset> Counted(IEnumerable<DateTimeOffset> failedAttempts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(failedAttempts);
        return failedAttempts.Where(attempt => now - attempt < Window).Order().ToList();
    }
}
