using System.Diagnostics;
using ReIntegratie.Benchmarks.Driver;

namespace ReIntegratie.Benchmarks.Load;

/// <summary>
/// "saturation" (closed loop): N conversations, each sending its next turn as soon as the previous
/// turn's replies arrived. Throughput is the turns completed inside the measured window; latency is
/// from each turn's POST to its last reply (or its 200, whichever is later).
/// </summary>
public static class SaturationModel
{
    public static async Task<ModelResult> RunAsync(SystemUnderTest system, double turnsPerJourney)
    {
        var settings = system.Settings;
        var conversations = settings.SaturationConversations;
        var driver = system.NewDriver();
        var clients = Enumerable.Range(0, conversations).Select(i => new SimulatedClient($"{system.StoreName}-sat-{Guid.NewGuid():N}"[..20] + i, driver)).ToList();

        // Warm-up: spread the conversations over the journey, learn the rate, then make enough codes
        // for the measured window (the bot is idle meanwhile).
        await system.Driver.Codes.FillAsync(conversations * 2, parallelism: 8);
        await Stagger.SpreadAsync(clients, turnsPerJourney);
        var warm = await RunPhaseAsync(clients, settings.Warmup, measureFrom: TimeSpan.Zero, recorder: null);
        var expectedTurns = warm.Completed / settings.Warmup.TotalSeconds * (settings.Measure.TotalSeconds + 2);
        await system.Driver.Codes.FillAsync(conversations + (int)(expectedTurns / turnsPerJourney * 1.5) + 10, parallelism: 8);
        foreach (var client in clients)
        {
            await client.PrepareAsync();
        }

        // Measured: 1 s to get everyone going again, then the window.
        var recorder = new LatencyRecorder();
        var phase = RunPhaseAsync(clients, TimeSpan.FromSeconds(1) + settings.Measure, measureFrom: TimeSpan.FromSeconds(1), recorder);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var probe = await WindowProbe.StartAsync(system, driver);
        var measured = await phase;
        var reading = await probe.StopAsync();

        return new ModelResult
        {
            TurnsPerSecond = Math.Round(measured.Completed / settings.Measure.TotalSeconds, 1),
            P50Ms = Math.Round(recorder.Percentile(50), 2),
            P95Ms = Math.Round(recorder.Percentile(95), 2),
            P99Ms = Math.Round(recorder.Percentile(99), 2),
            StorageOpsPerTurn = Math.Round(reading.Storage.Total / (double)Math.Max(1, measured.Completed), 3),
            Details = reading.Details(measured.Completed, measured.Failed, recorder.Max(), driver),
        };
    }

    /// <summary>
    /// Runs every client in a closed loop for <paramref name="duration"/>; counts (and records) the turns
    /// that ended inside [measureFrom, duration). Turns in flight at the end are awaited, not counted.
    /// </summary>
    private static async Task<(int Completed, int Failed)> RunPhaseAsync(List<SimulatedClient> clients, TimeSpan duration, TimeSpan measureFrom, LatencyRecorder? recorder)
    {
        var start = Stopwatch.GetTimestamp();
        var from = start + (long)(measureFrom.TotalSeconds * Stopwatch.Frequency);
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        int completed = 0, failed = 0;
        await Task.WhenAll(clients.Select(async client =>
        {
            await Task.Yield();
            while (Stopwatch.GetTimestamp() < end)
            {
                await client.PrepareAsync();
                var outcome = await client.TakeTurnAsync(Stopwatch.GetTimestamp());
                if (outcome.EndTimestamp >= from && outcome.EndTimestamp < end)
                {
                    Interlocked.Increment(ref completed);
                    if (!outcome.Ok)
                    {
                        Interlocked.Increment(ref failed);
                    }

                    recorder?.Add(outcome.LatencyMs);
                }
            }
        }));
        return (completed, failed);
    }
}
