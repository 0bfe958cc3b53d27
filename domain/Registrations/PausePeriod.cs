namespace ReIntegratie.Domain.Registrations;

/// <summary>A time the reminders were paused: from <see cref="From"/> until <see cref="Until"/> (null while still paused).</summary>
public sealed record PausePeriod(DateTimeOffset From, DateTimeOffset? Until)
{
    public bool Covers(DateTimeOffset instant) => instant >= From && (Until is not { } until || instant < until);
}
