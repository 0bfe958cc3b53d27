using ReIntegratie.Domain.Registrations;
using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>
/// The method's test vector for the OMA registration: three weeks of headache entries from Monday
/// 7 September 2026, with occurrences on every Monday and Thursday in "2e helft middag" and "1e helft
/// avond" and a few scattered ones elsewhere; every slot answered at the end of its day. In week 2 the
/// client adds a note to a Monday afternoon.
/// </summary>
public static class OmaSeed
{
    public const string Note = "Teamoverleg, veel mensen door elkaar";
    public const string Feeling = "ergernis, schuldgevoel";

    public static readonly DateOnly Start = new(2026, 9, 7);

    /// <summary>The morning after the last day: every answer is in.</summary>
    public static DateTimeOffset After => Local(Start.AddDays(21), 9);

    public static RegistrationAssignment Build(string appointmentId = "appointment-1")
    {
        var assignment = RegistrationAssignment.CreateOma("oma-1", appointmentId, Start, "hoofdpijn", Local(Start.AddDays(-1), 20), 21);
        var scattered = new HashSet<(int Day, OmaSlot Slot)>
        {
            (2, OmaSlot.MorningSecondHalf), (8, OmaSlot.AfternoonFirstHalf), (12, OmaSlot.EveningSecondHalf), (20, OmaSlot.MorningFirstHalf),
        };
        for (var day = 0; day < 21; day++)
        {
            var date = Start.AddDays(day);
            foreach (var slot in OmaSlots.All)
            {
                var pattern = date.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday && slot is OmaSlot.AfternoonSecondHalf or OmaSlot.EveningFirstHalf;
                var texts = day == 7 && slot == OmaSlot.AfternoonSecondHalf ? new OmaTexts(Note, Feeling) : null;
                var result = assignment.RecordOma(date, slot, pattern || scattered.Contains((day, slot)), texts, Local(date, 22));
                if (result.Outcome != EntryOutcome.Recorded)
                {
                    throw new InvalidOperationException($"Day {day} {slot}: {result.Outcome}");
                }
            }
        }

        return assignment;
    }

    private static DateTimeOffset Local(DateOnly date, int hour) =>
        AmsterdamTime.FromLocal(date, new TimeOnly(hour, 0)) ?? throw new ArgumentException("The test time does not exist.");
}
