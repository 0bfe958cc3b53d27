using System.Diagnostics;
using ReIntegratie.Benchmarks.Driver;

namespace ReIntegratie.Benchmarks.Load;

/// <summary>
/// Brings a freshly started bot to its steady state before anything is measured: 50 conversations walk
/// whole journeys back to back for a while (and professionals make their codes on demand), so tiered
/// JIT compilation has promoted the hot paths and the pools are filled. Measured on this machine: a
/// bot measured after 5 s of load did about 2/3 of the turns per second it did after 30 s.
/// </summary>
public static class ProcessWarmup
{
    public static async Task<int> RunAsync(SystemUnderTest system, TimeSpan duration, int conversations = 50)
    {
        await system.Driver.Codes.FillAsync(conversations, parallelism: 8);
        var driver = system.NewDriver();
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var turns = 0;
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(async i =>
        {
            await Task.Yield();
            var client = new SimulatedClient($"{system.StoreName}-warm-{Guid.NewGuid():N}"[..20] + i, driver);
            while (Stopwatch.GetTimestamp() < end)
            {
                await client.PrepareAsync();
                await client.TakeTurnAsync(Stopwatch.GetTimestamp());
                Interlocked.Increment(ref turns);
            }
        }));
        return turns;
    }
}
