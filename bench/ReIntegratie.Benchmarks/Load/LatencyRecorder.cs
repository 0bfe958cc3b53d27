namespace ReIntegratie.Benchmarks.Load;

/// <summary>Collects turn latencies (ms) from many tasks and gives percentiles (nearest rank).</summary>
public sealed class LatencyRecorder
{
    private readonly Lock gate = new();
    private readonly List<double> samples = new(64 * 1024);

    public int Count
    {
        get { lock (gate) { return samples.Count; } }
    }

    public void Add(double milliseconds)
    {
        lock (gate)
        {
            samples.Add(milliseconds);
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
