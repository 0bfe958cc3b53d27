using System.Globalization;

namespace ReIntegratie.Domain.Appointments;

/// <summary>Whether a conversation may try a code now, and if not, how long to wait.</summary>
public sealed record AttemptDecision(bool IsAllowed, TimeSpan RetryAfter)
{
    public static AttemptDecision Allowed { get; } = new(true, TimeSpan.Zero);

    public static AttemptDecision Refused(TimeSpan retryAfter) => new(false, retryAfter);

    /// <summary>Whole minutes to wait, rounded up (at least 1 when refused), for "probeer het over {minutes} minuten".</summary>
    public int MinutesToWait => IsAllowed ? 0 : Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalMinutes));

    public string MinutesToWaitText => MinutesToWait.ToString(CultureInfo.InvariantCulture);
}
