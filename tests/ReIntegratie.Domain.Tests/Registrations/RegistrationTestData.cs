using ReIntegratie.Domain.Registrations;
using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Domain.Tests.Registrations;

/// <summary>Times and assignments the registration tests share.</summary>
internal static class RegistrationTestData
{
    /// <summary>Monday 7 September 2026: the start of the method example's three weeks (docs/method.md §6.3).</summary>
    public static readonly DateOnly SeedStart = new(2026, 9, 7);

    /// <summary>An Amsterdam wall-clock time as an instant (the test times all exist).</summary>
    public static DateTimeOffset Local(DateOnly date, int hour, int minute = 0) =>
        AmsterdamTime.FromLocal(date, new TimeOnly(hour, minute)) ?? throw new ArgumentException("The test time does not exist.");

    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) =>
        Local(new DateOnly(year, month, day), hour, minute);

    /// <summary>An OMA registration of "hoofdpijn" created the evening before it starts.</summary>
    public static RegistrationAssignment Oma(DateOnly start, int days = RegistrationDefaults.DurationDays, string id = "oma-1") =>
        RegistrationAssignment.CreateOma(id, "appointment-1", start, "hoofdpijn", Local(start.AddDays(-1), 20), days);

    /// <summary>
    /// The method's example (docs/method.md §6.3): three weeks of headache registration, every slot answered
    /// at the end of its day, except the evening of the second Sunday. Headache on every Monday and
    /// Thursday in "2e helft middag" and "1e helft avond" (not the third Thursday evening), plus six
    /// scattered occurrences elsewhere.
    /// </summary>
    public static RegistrationAssignment SeedExample()
    {
        var assignment = Oma(SeedStart, days: 21);
        var occurred = new HashSet<(int Day, OmaSlot Slot)>
        {
            (2, OmaSlot.MorningSecondHalf),     // week 1 Wednesday
            (3, OmaSlot.AfternoonFirstHalf),    // week 1 Thursday, just before the pattern
            (8, OmaSlot.AfternoonFirstHalf),    // week 2 Tuesday
            (12, OmaSlot.EveningSecondHalf),    // week 2 Saturday
            (18, OmaSlot.AfternoonSecondHalf),  // week 3 Friday: the pattern's slot on another day
            (20, OmaSlot.MorningFirstHalf),     // week 3 Sunday
        };
        for (var day = 0; day < 21; day++)
        {
            var date = SeedStart.AddDays(day);
            if (date.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday)
            {
                occurred.Add((day, OmaSlot.AfternoonSecondHalf));
                if (day != 17)
                {
                    occurred.Add((day, OmaSlot.EveningFirstHalf));
                }
            }
        }

        for (var day = 0; day < 21; day++)
        {
            var date = SeedStart.AddDays(day);
            foreach (var slot in OmaSlots.All)
            {
                if (day == 13 && OmaSlots.PartOf(slot) == DayPart.Evening)
                {
                    continue;
                }

                var result = assignment.RecordOma(date, slot, occurred.Contains((day, slot)), null, Local(date, 22));
                Assert.Equal(EntryOutcome.Recorded, result.Outcome);
            }
        }

        return assignment;
    }
}
