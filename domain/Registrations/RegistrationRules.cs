namespace ReIntegratie.Domain.Registrations;

/// <summary>The checks on a new assignment and on its reminder times, shared by creating and changing.</summary>
public static class RegistrationRules
{
    /// <summary>
    /// Checks a new assignment before it is created. The complaint is only checked for an OMA
    /// registration; the start may be today or later (Amsterdam dates).
    /// </summary>
    public static RegistrationCheck CheckNew(
        RegistrationType type,
        DateOnly startDate,
        int durationDays,
        IReadOnlyList<TimeOnly> reminderTimes,
        string? complaint,
        DateOnly todayLocal)
    {
        ArgumentNullException.ThrowIfNull(reminderTimes);
        if (startDate < todayLocal)
        {
            return RegistrationCheck.Because(RegistrationProblem.StartInPast);
        }

        if (durationDays is < RegistrationLimits.MinDurationDays or > RegistrationLimits.MaxDurationDays)
        {
            return RegistrationCheck.Because(RegistrationProblem.DurationOutOfRange, RegistrationLimits.MaxDurationDays);
        }

        if (type == RegistrationType.OmaRegistration && CheckComplaint(complaint) is { IsValid: false } complaintCheck)
        {
            return complaintCheck;
        }

        return CheckReminderTimes(type, reminderTimes);
    }

    /// <summary>The complaint or behaviour to register: not empty, within <see cref="RegistrationLimits.ComplaintMaxLength"/>.</summary>
    public static RegistrationCheck CheckComplaint(string? complaint)
    {
        var trimmed = complaint?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return RegistrationCheck.Because(RegistrationProblem.ComplaintEmpty);
        }

        return trimmed.Length > RegistrationLimits.ComplaintMaxLength
            ? RegistrationCheck.Because(RegistrationProblem.ComplaintTooLong, RegistrationLimits.ComplaintMaxLength)
            : RegistrationCheck.Valid;
    }

    /// <summary>
    /// The local Amsterdam reminder times of a type: OMA three times, strictly in the order of the
    /// day (so all different; the first asks the morning, the second the afternoon, the third the
    /// evening); a worry assignment exactly one; an inventory none or one.
    /// </summary>
    public static RegistrationCheck CheckReminderTimes(RegistrationType type, IReadOnlyList<TimeOnly> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        switch (type)
        {
            case RegistrationType.OmaRegistration when times.Count != 3:
                return RegistrationCheck.Because(RegistrationProblem.OmaNeedsThreeTimes);
            case RegistrationType.OmaRegistration when !(times[0] < times[1] && times[1] < times[2]):
                return RegistrationCheck.Because(RegistrationProblem.TimesNotInOrder);
            case RegistrationType.WorryTime when times.Count != 1:
                return RegistrationCheck.Because(RegistrationProblem.WorryNeedsOneTime);
            case RegistrationType.ProblemInventory when times.Count > 1:
                return RegistrationCheck.Because(RegistrationProblem.InventoryAtMostOneTime);
            default:
                return RegistrationCheck.Valid;
        }
    }

    /// <summary>Trims a free text; blank becomes null.</summary>
    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
