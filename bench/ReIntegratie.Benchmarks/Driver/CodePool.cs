using System.Collections.Concurrent;

namespace ReIntegratie.Benchmarks.Driver;

/// <summary>
/// Invitation codes made before a measurement, one per client journey. When it runs dry mid-measurement
/// a code is made on the spot and counted, because that disturbs the figures.
/// </summary>
public sealed class CodePool(AppointmentMaker maker)
{
    private readonly ConcurrentQueue<string> codes = new();
    private int madeDuringRun;

    public int Available => codes.Count;

    public int MadeOnDemand => Volatile.Read(ref madeDuringRun);

    public async Task FillAsync(int wanted, int parallelism = 8)
    {
        var missing = wanted - codes.Count;
        if (missing <= 0)
        {
            return;
        }

        foreach (var code in await maker.MakeAsync(missing, parallelism))
        {
            codes.Enqueue(code);
        }
    }

    public async Task<string> TakeAsync()
    {
        if (codes.TryDequeue(out var code))
        {
            return code;
        }

        Interlocked.Increment(ref madeDuringRun);
        return (await maker.MakeAsync(1, 1))[0];
    }
}
