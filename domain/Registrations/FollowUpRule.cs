namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// The gentle follow-up of a missed OMA part of the day. A part is missed when neither of its two
/// slots has an answer. Each regular OMA reminder gets at most one follow-up: <see cref="Delay"/>
/// after it; if that would be later than <see cref="Latest"/> local time (or past midnight), the next
/// morning at <see cref="NextMorning"/>, asking about yesterday (still accepted, marked late).
/// Worry and inventory reminders get no follow-up: the agreed moment is the reminder.
/// </summary>
public static class FollowUpRule
{
    public static readonly TimeSpan Delay = TimeSpan.FromHours(2);

    public static readonly TimeOnly Latest = new(22, 30);

    public static readonly TimeOnly NextMorning = new(9, 0);

    /// <summary>The local date and time of the follow-up of a regular reminder at <paramref name="time"/> on <paramref name="date"/>.</summary>
    public static (DateOnly Date, TimeOnly Time) When(DateOnly date, TimeOnly time)
    {
        var later = time.Add(Delay, out var wrappedDays);
        return wrappedDays == 0 && later <= Latest ? (date, later) : (date.AddDays(1), NextMorning);
    }
}
