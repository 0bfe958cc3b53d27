using System.Diagnostics;
using System.Threading.Channels;
using ReIntegratie.Benchmarks.Driver;

namespace ReIntegratie.Benchmarks.Load;

/// <summary>
/// "fixed rate" (open loop): turns are scheduled at absolute times t0 + k / rate, spread over N
/// conversations (each scheduled turn goes to a conversation that has no turn in flight). Latency is
/// counted from the scheduled time, so when the bot (or a free conversation) is late, the wait counts.
/// </summary>
public static class FixedRateModel
{
    public static async Task<ModelResult> RunAsync(SystemUnderTest system, double rate, double turnsPerJourney)
    {
        var settings = system.Settings;
        var conversations = settings.FixedRateConversations;
        var driver = system.NewDriver();
        var total = settings.Warmup + settings.Measure;
        await system.Driver.Codes.FillAsync(conversations + (int)(rate * total.TotalSeconds / turnsPerJourney * 1.3) + 10, parallelism: 8);

        var clients = Enumerable.Range(0, conversations).Select(i => new SimulatedClient($"{system.StoreName}-fix-{Guid.NewGuid():N}"[..20] + i, driver)).ToList();
        await Stagger.SpreadAsync(clients, turnsPerJourney);
        var idle = Channel.CreateUnbounded<SimulatedClient>(new UnboundedChannelOptions { SingleReader = true });
        foreach (var client in clients.OrderBy(_ => Random.Shared.Next()))
        {
            idle.Writer.TryWrite(client);
        }

        var recorder = new LatencyRecorder();
        var interval = Stopwatch.Frequency / rate;
        var t0 = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 10;
        var measureFrom = t0 + (long)(settings.Warmup.TotalSeconds * Stopwatch.Frequency);
        var end = measureFrom + (long)(settings.Measure.TotalSeconds * Stopwatch.Frequency);
        int completed = 0, failed = 0, waitedForConversation = 0;
        var inFlight = new List<Task>((int)(rate * total.TotalSeconds) + 16);
        Task<WindowProbe>? probe = null;

        for (long k = 0; ; k++)
        {
            var scheduled = t0 + (long)(k * interval);
            if (scheduled >= end)
            {
                break;
            }

            if (probe is null && scheduled >= measureFrom)
            {
                // Started beside the schedule, not awaited in it: its HTTP call must not delay turns.
                probe = WindowProbe.StartAsync(system, driver);
            }

            await SleepUntilAsync(scheduled);
            if (!idle.Reader.TryRead(out var client))
            {
                waitedForConversation++;
                client = await idle.Reader.ReadAsync();
            }

            var measured = scheduled >= measureFrom;
            inFlight.Add(TurnAsync(client, scheduled, measured));
        }

        await Task.WhenAll(inFlight);
        var reading = await (await probe!).StopAsync();

        if (waitedForConversation > 0)
        {
            driver.Problems["scheduled turn waited for an idle conversation (counted from the schedule)"] = waitedForConversation;
        }

        return new ModelResult
        {
            Rate = rate,
            TurnsPerSecond = Math.Round(completed / settings.Measure.TotalSeconds, 1),
            P50Ms = Math.Round(recorder.Percentile(50), 2),
            P95Ms = Math.Round(recorder.Percentile(95), 2),
            P99Ms = Math.Round(recorder.Percentile(99), 2),
            StorageOpsPerTurn = Math.Round(reading.Storage.Total / (double)Math.Max(1, completed), 3),
            Details = reading.Details(completed, failed, recorder.Max(), driver),
        };

        async Task TurnAsync(SimulatedClient client, long scheduled, bool measured)
        {
            var outcome = await client.TakeTurnAsync(scheduled);
            if (measured)
            {
                Interlocked.Increment(ref completed);
                if (!outcome.Ok)
                {
                    Interlocked.Increment(ref failed);
                }

                recorder.Add(outcome.LatencyMs);
            }

            await client.PrepareAsync();
            idle.Writer.TryWrite(client);
        }
    }

    /// <summary>
    /// Sleeps until the timestamp (timer resolution ~1 ms; never spins). Oversleeping makes the turn
    /// start late, which its latency (counted from the schedule) then includes.
    /// </summary>
    private static async Task SleepUntilAsync(long timestamp)
    {
        while (true)
        {
            var remaining = timestamp - Stopwatch.GetTimestamp();
            if (remaining <= 0)
            {
                return;
            }

            var milliseconds = Math.Max(1, (int)(remaining * 1000 / Stopwatch.Frequency));
            await Task.Delay(milliseconds);
        }
    }
}
