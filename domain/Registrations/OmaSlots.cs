namespace ReIntegratie.Domain.Registrations;

/// <summary>How the six OMA slots relate to the three parts of the day and to the three daily reminders.</summary>
public static class OmaSlots
{
    /// <summary>The six slots in the order of the day.</summary>
    public static IReadOnlyList<OmaSlot> All { get; } = Enum.GetValues<OmaSlot>();

    /// <summary>The part of the day a slot belongs to.</summary>
    public static DayPart PartOf(OmaSlot slot) => slot switch
    {
        OmaSlot.MorningFirstHalf or OmaSlot.MorningSecondHalf => DayPart.Morning,
        OmaSlot.AfternoonFirstHalf or OmaSlot.AfternoonSecondHalf => DayPart.Afternoon,
        OmaSlot.EveningFirstHalf or OmaSlot.EveningSecondHalf => DayPart.Evening,
        _ => throw new ArgumentOutOfRangeException(nameof(slot), slot, "Not an OMA slot."),
    };

    /// <summary>The two slots of a part of the day, first half first: what its reminder asks about.</summary>
    public static IReadOnlyList<OmaSlot> Of(DayPart part) => part switch
    {
        DayPart.Morning => [OmaSlot.MorningFirstHalf, OmaSlot.MorningSecondHalf],
        DayPart.Afternoon => [OmaSlot.AfternoonFirstHalf, OmaSlot.AfternoonSecondHalf],
        DayPart.Evening => [OmaSlot.EveningFirstHalf, OmaSlot.EveningSecondHalf],
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Not a part of the day."),
    };

    /// <summary>
    /// The part of the day the reminder at a position in the (ordered) OMA reminder times asks about:
    /// the first time (default 12:30) the morning, the second (17:30) the afternoon, the third (21:30) the evening.
    /// </summary>
    public static DayPart PartOfReminder(int reminderIndex) => reminderIndex switch
    {
        0 => DayPart.Morning,
        1 => DayPart.Afternoon,
        2 => DayPart.Evening,
        _ => throw new ArgumentOutOfRangeException(nameof(reminderIndex), reminderIndex, "An OMA day has three reminders."),
    };
}
