using System.Diagnostics;
using ReIntegratie.Benchmarks.Driver;

namespace ReIntegratie.Benchmarks.Load;

/// <summary>
/// "one": a single conversation, turns back to back, whole journeys from joining to sharing: the cost
/// of one turn with nothing else going on. One journey warms up, then whole journeys are measured, so
/// the storage round trips per turn are the average over the full journey.
/// </summary>
public static class OneConversationModel
{
    public static async Task<(ModelResult Result, double TurnsPerJourney)> RunAsync(SystemUnderTest system)
    {
        var journeys = system.Settings.OneConversationJourneys;
        await system.Driver.Codes.FillAsync(journeys + 2, parallelism: 2);
        var driver = system.NewDriver();
        var client = new SimulatedClient($"{system.StoreName}-one-{Guid.NewGuid():N}"[..24], driver);

        await RunJourneysAsync(client, driver, 1, recorder: null); // warm-up journey

        var recorder = new LatencyRecorder();
        var probe = await WindowProbe.StartAsync(system, driver);
        var (turns, failed) = await RunJourneysAsync(client, driver, 1 + journeys, recorder);
        var reading = await probe.StopAsync();

        return (new ModelResult
        {
            TurnsPerSecond = Math.Round(turns / reading.Seconds, 1),
            P50Ms = Round(recorder.Percentile(50)),
            P95Ms = Round(recorder.Percentile(95)),
            P99Ms = Round(recorder.Percentile(99)),
            StorageOpsPerTurn = Math.Round((double)reading.Storage.Total / turns, 3),
            Details = reading.Details(turns, failed, recorder.Max(), driver),
        }, (double)turns / journeys);
    }

    private static async Task<(int Turns, int Failed)> RunJourneysAsync(SimulatedClient client, DriverContext driver, int untilJourneys, LatencyRecorder? recorder)
    {
        int turns = 0, failed = 0;
        var deadline = Stopwatch.GetTimestamp() + 120 * Stopwatch.Frequency;
        while (driver.JourneysCompleted < untilJourneys)
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"one conversation did not finish its journey within 120 s ({turns} turns; problems: {string.Join(", ", driver.Problems.Select(p => $"{p.Key} x{p.Value}"))})");
            }

            await client.PrepareAsync();
            var outcome = await client.TakeTurnAsync(Stopwatch.GetTimestamp());
            turns++;
            failed += outcome.Ok ? 0 : 1;
            recorder?.Add(outcome.LatencyMs);
        }

        return (turns, failed);
    }

    private static double Round(double value) => Math.Round(value, 2);
}
