using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>
/// A fake clock from a fixed start, behind a Moq double that reports every timer the code under test
/// starts on it. A test moves the clock only after <see cref="NextTimerAsync"/> says the code is
/// waiting, so what the move wakes is certain instead of a matter of thread timing.
/// </summary>
public sealed class ObservedClock
{
    /// <summary>Only against a hang: a waiter that never comes fails the test after this long.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private readonly System.Threading.Channels.Channel<TimeSpan> started = System.Threading.Channels.Channel.CreateUnbounded<TimeSpan>();
    private readonly Mock<TimeProvider> mock = new(MockBehavior.Strict);

    public ObservedClock(DateTimeOffset start)
    {
        Fake = new FakeTimeProvider(start);
        mock.Setup(c => c.GetUtcNow()).Returns(() => Fake.GetUtcNow());
        mock.Setup(c => c.GetTimestamp()).Returns(() => Fake.GetTimestamp());
        mock.SetupGet(c => c.TimestampFrequency).Returns(() => Fake.TimestampFrequency);
        mock.SetupGet(c => c.LocalTimeZone).Returns(() => Fake.LocalTimeZone);
        mock.Setup(c => c.CreateTimer(It.IsAny<TimerCallback>(), It.IsAny<object?>(), It.IsAny<TimeSpan>(), It.IsAny<TimeSpan>()))
            .Returns((TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            {
                var timer = Fake.CreateTimer(callback, state, dueTime, period);
                started.Writer.TryWrite(dueTime);
                return timer;
            });
    }

    /// <summary>The clock to give the code under test.</summary>
    public TimeProvider Clock => mock.Object;

    /// <summary>The fake behind it: move it with Advance.</summary>
    public FakeTimeProvider Fake { get; }

    /// <summary>Waits until the code under test starts its next timer; returns the timer's due time.</summary>
    public async Task<TimeSpan> NextTimerAsync()
    {
        using var hang = new CancellationTokenSource(HangGuard);
        return await started.Reader.ReadAsync(hang.Token);
    }
}
