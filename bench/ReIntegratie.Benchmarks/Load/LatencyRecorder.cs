namespace ReIntegratie.Benchmarks.Load;

/// <summary>Collects turn latencies (ms) from many tasks and gives percentiles (nearest rank).</summary>
public sealed class LatencyRecorder
{
    private readonly Lock gate = new();
    private readonly List<double> samples = new(64 * 1024);
    private readonly List<(long At, double Ms)> timeline = [];

    /// <summary>Also keep when each sample started (for --dump-latencies).</summary>
    public bool KeepTimeline { get; init; }

    public int Count
    {
        get { lock (gate) { return samples.Count; } }
    }

    public void Add(double milliseconds, long startTimestamp = 0)
    {
        lock (gate)
        {
            samples.Add(milliseconds);
            if (KeepTimeline)
            {
                timeline.Add((startTimestamp, milliseconds));
            }
        }
    }

    /// <summary>Writes "seconds since <paramref name="origin"/>,latency ms" per sample, in start order.</summary>
    public void WriteTimeline(string path, long origin)
    {
        lock (gate)
        {
            File.WriteAllLines(path, timeline.OrderBy(t => t.At).Select(t => string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{(t.At - origin) / (double)System.Diagnostics.Stopwatch.Frequency:0.0000},{t.Ms:0.00}")).Prepend("start_s,latency_ms"));
        }
    }

    public double Percentile(double percent)
    {
        double[] sorted;
        lock (gate)
        {
            sorted = [.. samples];
        }

        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public double Max()
    {
        lock (gate)
        {
            return samples.Count == 0 ? double.NaN : samples.Max();
        }
    }
}
