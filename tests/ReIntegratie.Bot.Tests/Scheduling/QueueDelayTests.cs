using ReIntegratie.Bot.Scheduling.Queue;

namespace ReIntegratie.Bot.Tests.Scheduling;

public sealed class QueueDelayTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Delay_ShouldBeZero_WhenTheWorkIsDueOrOverdue()
    {
        Assert.Equal(TimeSpan.Zero, QueueDelay.Until(Now, Now));
        Assert.Equal(TimeSpan.Zero, QueueDelay.Until(Now.AddDays(-3), Now));
    }

    [Fact]
    public void Delay_ShouldBeTheTimeLeftRoundedUpToSeconds_WhenTheWorkIsWithinSevenDays()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), QueueDelay.Until(Now.AddMilliseconds(1), Now));
        Assert.Equal(TimeSpan.FromSeconds(91), QueueDelay.Until(Now.AddSeconds(90.2), Now));
        Assert.Equal(TimeSpan.FromHours(36), QueueDelay.Until(Now.AddHours(36), Now));
        Assert.Equal(TimeSpan.FromDays(7), QueueDelay.Until(Now.AddDays(7).AddMilliseconds(-1), Now));
    }

    [Fact]
    public void Delay_ShouldBeCappedAtSevenDays_WhenTheWorkIsFurtherAhead()
    {
        Assert.Equal(TimeSpan.FromDays(7), QueueDelay.Until(Now.AddDays(7), Now));
        Assert.Equal(TimeSpan.FromDays(7), QueueDelay.Until(Now.AddDays(30), Now));
        Assert.Equal(QueueDelay.Maximum, QueueDelay.Until(DateTimeOffset.MaxValue, Now));
    }

    [Fact]
    public void Delay_ShouldNotDependOnOffsets_WhenTimesAreGivenInAmsterdamTime()
    {
        var runAtAmsterdam = new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)); // just after the switch to summer time
        var nowUtc = new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromHours(1), QueueDelay.Until(runAtAmsterdam, nowUtc));
    }
}
