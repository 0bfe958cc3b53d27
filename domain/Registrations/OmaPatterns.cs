namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// Finds candidate patterns in OMA answers for the client to confirm (the insight is the client's
/// own; docs/method.md §6.3). Only answered slots count; unanswered ones are left out, not read as "no".
/// <list type="number">
/// <item>Every day: for each slot, the days it occurred / the days that slot was answered. A candidate
/// when it occurred on at least <see cref="MinOccurrences"/> days and on at least half of them.</item>
/// <item>Per weekday, for the slots that are not an every-day candidate: for each weekday x slot, the
/// same count on that weekday only. A candidate when it occurred on at least <see cref="MinOccurrences"/>
/// such days, on at least half of them, and more often (as a share) than on the other weekdays in that slot.</item>
/// </list>
/// Two occurrences is the least that can repeat; "at least half" keeps a single stray day or a rare
/// coincidence out; "more often than the other weekdays" keeps a slot that is bad every day from being
/// listed seven times. With two or three weeks of data a coincidence can still pass: hence "candidate".
/// </summary>
public static class OmaPatterns
{
    public const int MinOccurrences = 2;

    /// <summary>The candidates: every-day ones first in slot order, then weekday ones from Monday to Sunday, each in slot order.</summary>
    public static IReadOnlyList<OmaPatternCandidate> Find(IEnumerable<OmaEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var answered = entries.ToList();
        var candidates = new List<OmaPatternCandidate>();
        var everyDaySlots = new HashSet<OmaSlot>();
        foreach (var slot in OmaSlots.All)
        {
            var (occurred, registered) = Count(answered.Where(entry => entry.Slot == slot));
            if (IsFrequent(occurred, registered))
            {
                everyDaySlots.Add(slot);
                candidates.Add(new OmaPatternCandidate(null, slot, occurred, registered));
            }
        }

        foreach (var weekday in MondayFirst)
        {
            foreach (var slot in OmaSlots.All.Where(slot => !everyDaySlots.Contains(slot)))
            {
                var inSlot = answered.Where(entry => entry.Slot == slot).ToList();
                var (occurred, registered) = Count(inSlot.Where(entry => entry.Date.DayOfWeek == weekday));
                var (otherOccurred, otherRegistered) = Count(inSlot.Where(entry => entry.Date.DayOfWeek != weekday));
                var moreThanOtherDays = (long)occurred * otherRegistered > (long)otherOccurred * registered;
                if (IsFrequent(occurred, registered) && moreThanOtherDays)
                {
                    candidates.Add(new OmaPatternCandidate(weekday, slot, occurred, registered));
                }
            }
        }

        return candidates;
    }

    private static IEnumerable<DayOfWeek> MondayFirst =>
        Enumerable.Range(1, 7).Select(day => (DayOfWeek)(day % 7));

    private static bool IsFrequent(int occurred, int registered) =>
        occurred >= MinOccurrences && occurred * 2 >= registered;

    private static (int Occurred, int Registered) Count(IEnumerable<OmaEntry> entries)
    {
        var occurred = 0;
        var registered = 0;
        foreach (var entry in entries)
        {
            registered++;
            if (entry.Occurred)
            {
                occurred++;
            }
        }

        return (occurred, registered);
    }
}
