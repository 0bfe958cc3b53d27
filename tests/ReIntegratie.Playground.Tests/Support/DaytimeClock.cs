using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Playground.Tests.Support;

/// <summary>
/// The real clock, moved to 10:00 in Amsterdam on today's date there and running on from that moment.
/// A test that answers registration reminders then finds the day's reminders (12:30, 17:30, 21:30)
/// still ahead, whatever the real time of day: in the evening the next reminder would be tomorrow's,
/// and an answer for a day that has not come yet is refused.
/// </summary>
public sealed class DaytimeClock : TimeProvider
{
    public static readonly TimeOnly StartTime = new(10, 0);
    private readonly TimeSpan offset;

    public DaytimeClock()
    {
        var now = TimeProvider.System.GetUtcNow();
        offset = AmsterdamWallClock.DueAt(AmsterdamWallClock.DateOf(now), StartTime) - now;
    }

    /// <summary>The date in Amsterdam by this clock.</summary>
    public DateOnly Today => AmsterdamWallClock.DateOf(GetUtcNow());

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + offset;
}
