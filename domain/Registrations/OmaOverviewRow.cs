namespace ReIntegratie.Domain.Registrations;

/// <summary>One day of the OMA grid: the date, its weekday, its week of the assignment, and six cells in the order of the day.</summary>
public sealed record OmaOverviewRow(DateOnly Date, DayOfWeek Weekday, int Week, IReadOnlyList<OmaCell> Cells)
{
    public OmaCell this[OmaSlot slot] => Cells[(int)slot];
}
