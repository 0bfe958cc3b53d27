namespace ReIntegratie.Domain.Appointments;

/// <summary>
/// The client's display name or pseudonym as the professional types it. Never a BSN: a name with a
/// run of 8 or more digits (spaces, dots and dashes between them ignored) is refused.
/// </summary>
public static class ClientNameRules
{
    public const int MaxLength = 80;
    public const int LongestDigitRun = 7;

    public static AppointmentProblem? Check(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return AppointmentProblem.ClientNameEmpty;
        }

        if (trimmed.Length > MaxLength)
        {
            return AppointmentProblem.ClientNameTooLong;
        }

        return HasLongNumber(trimmed) ? AppointmentProblem.ClientNameHasNumber : null;
    }

    private static bool HasLongNumber(string name)
    {
        var run = 0;
        foreach (var character in name)
        {
            if (char.IsAsciiDigit(character))
            {
                if (++run > LongestDigitRun)
                {
                    return true;
                }
            }
            else if (character is not (' ' or '.' or '-'))
            {
                run = 0;
            }
        }

        return false;
    }
}
