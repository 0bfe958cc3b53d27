namespace ReIntegratie.Testing;

/// <summary>
/// What the bot sent to one conversation: how many activities and the last one with its arrival time.
/// The bot delivers a turn's replies one after the other, so the last to arrive is the turn's last reply.
/// </summary>
public sealed class ReplyInbox
{
    private readonly Lock gate = new();
    private int count;
    private byte[]? lastBody;
    private long lastArrival;
    private long firstArrival;

    public int Count
    {
        get { lock (gate) { return count; } }
    }

    public void Add(byte[] body, long arrivalTimestamp)
    {
        lock (gate)
        {
            if (count++ == 0)
            {
                firstArrival = arrivalTimestamp;
            }

            lastBody = body;
            lastArrival = arrivalTimestamp;
        }
    }

    /// <summary>When the first activity arrived (a Stopwatch timestamp), or 0 when none did.</summary>
    public long FirstArrival
    {
        get { lock (gate) { return firstArrival; } }
    }

    /// <summary>The replies since <paramref name="countBefore"/>: how many, the last one, and when it arrived.</summary>
    public (int New, byte[]? Last, long LastArrival) Since(int countBefore)
    {
        lock (gate)
        {
            return count > countBefore ? (count - countBefore, lastBody, lastArrival) : (0, null, 0);
        }
    }
}
