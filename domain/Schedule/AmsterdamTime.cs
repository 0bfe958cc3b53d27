namespace ReIntegratie.Domain.Schedule;

/// <summary>
/// Times in the Netherlands (Europe/Amsterdam), daylight-saving changes included. The domain never
/// reads the clock: "now" is always passed in.
/// </summary>
public static class AmsterdamTime
{
    public const string ZoneId = "Europe/Amsterdam";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>The same instant with the Amsterdam offset (+01:00 in winter, +02:00 in summer).</summary>
    public static DateTimeOffset ToAmsterdam(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>
    /// The instant of a wall-clock time in Amsterdam, or null when that time does not exist (the hour
    /// skipped when summer time starts). A time that occurs twice (when summer time ends) is the first
    /// of the two: the summer-time one.
    /// </summary>
    public static DateTimeOffset? FromLocal(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            return null;
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
