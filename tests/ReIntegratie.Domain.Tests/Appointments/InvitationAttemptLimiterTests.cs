using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Domain.Tests.Appointments;

public sealed class InvitationAttemptLimiterTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 10, 0, 0, TimeSpan.FromHours(2));

    private static List<DateTimeOffset> FailuresEveryMinute(int count) =>
        Enumerable.Range(0, count).Select(minute => Start.AddMinutes(minute)).ToList();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void Check_ShouldAllowATry_WhenFewerThanFiveFailedInTheWindow(int failures)
    {
        var decision = InvitationAttemptLimiter.Check(FailuresEveryMinute(failures), Start.AddMinutes(5));

        Assert.True(decision.IsAllowed);
        Assert.Equal(TimeSpan.Zero, decision.RetryAfter);
    }

    [Fact]
    public void Check_ShouldAllowFiveTriesAndRefuseTheSixth_WhenAllAreWrong()
    {
        var failures = new List<DateTimeOffset>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var now = Start.AddMinutes(attempt - 1);
            Assert.True(InvitationAttemptLimiter.Check(failures, now).IsAllowed, $"Try {attempt} should be allowed.");
            failures.Add(now);
        }

        var sixth = InvitationAttemptLimiter.Check(failures, Start.AddMinutes(5));

        Assert.False(sixth.IsAllowed);
        Assert.Equal(TimeSpan.FromMinutes(10), sixth.RetryAfter);
        Assert.Equal(10, sixth.MinutesToWait);
    }

    [Fact]
    public void Check_ShouldAllowAgain_WhenTheOldestCountedTryIsFifteenMinutesOld()
    {
        var failures = FailuresEveryMinute(5);

        Assert.False(InvitationAttemptLimiter.Check(failures, Start.AddMinutes(15).AddTicks(-1)).IsAllowed);
        Assert.True(InvitationAttemptLimiter.Check(failures, Start.AddMinutes(15)).IsAllowed);
    }

    [Fact]
    public void Check_ShouldWaitForTheRightTry_WhenMoreThanFiveAreCounted()
    {
        var failures = FailuresEveryMinute(7);

        var decision = InvitationAttemptLimiter.Check(failures, Start.AddMinutes(7));

        // 7 counted: allowed again when 4 remain, i.e. when the third oldest (minute 2) is 15 minutes old.
        Assert.False(decision.IsAllowed);
        Assert.Equal(TimeSpan.FromMinutes(10), decision.RetryAfter);
        Assert.True(InvitationAttemptLimiter.Check(failures, Start.AddMinutes(17)).IsAllowed);
    }

    [Fact]
    public void Check_ShouldIgnoreTheOrderOfTheTimes_WhenGivenShuffled()
    {
        var failures = FailuresEveryMinute(5);
        failures.Reverse();

        Assert.Equal(TimeSpan.FromMinutes(11), InvitationAttemptLimiter.Check(failures, Start.AddMinutes(4)).RetryAfter);
    }

    [Fact]
    public void Counted_ShouldKeepOnlyTriesYoungerThanFifteenMinutesOldestFirst_WhenPruning()
    {
        var failures = new[] { Start.AddMinutes(20), Start, Start.AddMinutes(10), Start.AddMinutes(5) };

        var counted = InvitationAttemptLimiter.Counted(failures, Start.AddMinutes(20));

        Assert.Equal([Start.AddMinutes(10), Start.AddMinutes(20)], counted);
    }

    [Fact]
    public void MinutesToWait_ShouldRoundUp_WhenPartOfAMinuteIsLeft()
    {
        Assert.Equal(1, AttemptDecision.Refused(TimeSpan.FromSeconds(5)).MinutesToWait);
        Assert.Equal(3, AttemptDecision.Refused(TimeSpan.FromSeconds(121)).MinutesToWait);
        Assert.Equal(0, AttemptDecision.Allowed.MinutesToWait);
    }
}
