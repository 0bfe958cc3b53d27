namespace ReIntegratie.Benchmarks.Driver;

/// <summary>
/// One turn as the channel saw it. <see cref="EndTimestamp"/> is the later of the HTTP 200 and the
/// arrival of the turn's last reply at the connector; latency runs from the turn's (scheduled) start to it.
/// </summary>
public readonly record struct TurnOutcome(bool Ok, long StartTimestamp, long EndTimestamp)
{
    public double LatencyMs => (EndTimestamp - StartTimestamp) * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
}
