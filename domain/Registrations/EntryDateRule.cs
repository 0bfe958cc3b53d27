namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// Which dates accept an entry. The method asks to register at the end of each part of the day, at
/// the latest daily; accepting yesterday (marked late) is our relaxation. Nothing older: looking back
/// over more days makes registering harder and unreliable (docs/method.md §6.2).
/// </summary>
public static class EntryDateRule
{
    /// <summary>Null when an entry for <paramref name="date"/> is accepted on <paramref name="todayLocal"/>; else why not.</summary>
    public static EntryOutcome? Refusal(RegistrationPeriod period, DateOnly date, DateOnly todayLocal)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (date > todayLocal)
        {
            return EntryOutcome.InFuture;
        }

        if (date < period.Start)
        {
            return EntryOutcome.BeforeStart;
        }

        if (date > period.End)
        {
            return EntryOutcome.AfterEnd;
        }

        return date < todayLocal.AddDays(-1) ? EntryOutcome.TooLongAgo : null;
    }

    /// <summary>An accepted entry for yesterday is late.</summary>
    public static bool IsLate(DateOnly date, DateOnly todayLocal) => date < todayLocal;
}
