using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Registrations;

/// <summary>The dates of an assignment in Europe/Amsterdam: from <see cref="Start"/> for <see cref="Days"/> days, both ends included.</summary>
public sealed record RegistrationPeriod(DateOnly Start, int Days)
{
    /// <summary>The last date of the assignment.</summary>
    [JsonIgnore]
    public DateOnly End => Start.AddDays(Days - 1);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The week of the assignment a date is in, 1-based (days 1-7 are week 1); null outside the period.</summary>
    public int? WeekOf(DateOnly date) => Contains(date) ? ((date.DayNumber - Start.DayNumber) / 7) + 1 : null;

    /// <summary>Every date of the period, in order.</summary>
    public IEnumerable<DateOnly> AllDates() => Enumerable.Range(0, Days).Select(Start.AddDays);
}
