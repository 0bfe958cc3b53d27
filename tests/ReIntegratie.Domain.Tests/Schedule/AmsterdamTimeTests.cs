using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Domain.Tests.Schedule;

public sealed class AmsterdamTimeTests
{
    [Fact]
    public void FromLocal_ShouldUseWinterTime_WhenInJanuary() =>
        Assert.Equal(
            new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.FromHours(1)),
            AmsterdamTime.FromLocal(new DateOnly(2026, 1, 15), new TimeOnly(10, 0)));

    [Fact]
    public void FromLocal_ShouldUseSummerTime_WhenInJuly() =>
        Assert.Equal(
            TimeSpan.FromHours(2),
            AmsterdamTime.FromLocal(new DateOnly(2026, 7, 15), new TimeOnly(10, 0))!.Value.Offset);

    [Fact]
    public void FromLocal_ShouldBeNull_WhenTheTimeIsSkippedAsSummerTimeStarts() =>
        Assert.Null(AmsterdamTime.FromLocal(new DateOnly(2026, 3, 29), new TimeOnly(2, 30)));

    [Fact]
    public void FromLocal_ShouldTakeTheFirstOccurrence_WhenTheTimeHappensTwiceAsSummerTimeEnds()
    {
        var instant = AmsterdamTime.FromLocal(new DateOnly(2026, 10, 25), new TimeOnly(2, 30))!.Value;

        Assert.Equal(TimeSpan.FromHours(2), instant.Offset);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void ToAmsterdam_ShouldKeepTheInstantAndApplyTheOffset_WhenGivenUtc()
    {
        var utc = new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

        var local = AmsterdamTime.ToAmsterdam(utc);

        Assert.Equal(utc, local);
        Assert.Equal(10, local.Hour);
        Assert.Equal(TimeSpan.FromHours(2), local.Offset);
    }
}
