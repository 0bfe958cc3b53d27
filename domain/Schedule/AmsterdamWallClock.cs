namespace ReIntegratie.Domain.Schedule;

/// <summary>
/// Wall-clock times in Amsterdam that must always fall due, also on the days summer time starts or
/// ends: used for reminders. Builds on <see cref="AmsterdamTime"/>; "now" is always passed in.
/// </summary>
public static class AmsterdamWallClock
{
    /// <summary>How far a skipped time may be moved: the Amsterdam gap is one hour; a day is a safe bound.</summary>
    private const int MaxStepMinutes = 24 * 60;

    /// <summary>The calendar date in Amsterdam at an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(AmsterdamTime.ToAmsterdam(instant).DateTime);

    /// <summary>The wall-clock time in Amsterdam at an instant.</summary>
    public static TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(AmsterdamTime.ToAmsterdam(instant).DateTime);

    /// <summary>
    /// The instant (offset zero, UTC) at which a wall-clock time in Amsterdam falls due. A time that
    /// does not exist because summer time starts (02:00-03:00 on the last Sunday of March) moves to
    /// the first time after it that does exist (03:00); a time that happens twice because summer time
    /// ends (02:00-03:00 on the last Sunday of October) is the first of the two.
    /// </summary>
    public static DateTimeOffset DueAt(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        for (var step = 0; step <= MaxStepMinutes; step++)
        {
            if (AmsterdamTime.FromLocal(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local)) is { } instant)
            {
                return instant.ToUniversalTime();
            }

            local = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified).AddMinutes(1);
        }

        throw new InvalidOperationException($"No valid Amsterdam time found after {date:yyyy-MM-dd} {time:HH:mm}.");
    }
}
