using ReIntegratie.Benchmarks.Driver;

namespace ReIntegratie.Benchmarks.Load;

/// <summary>
/// Spreads conversations over the journey before a measurement: conversation i of n first walks
/// i/n of a journey. Without this they all start together and a short window sees mostly the first
/// turns (code, consent), which cost more storage than the journey's average.
/// </summary>
public static class Stagger
{
    public static async Task SpreadAsync(IReadOnlyList<SimulatedClient> clients, double turnsPerJourney, int concurrency = 50)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, clients.Count)).Select(async _ =>
        {
            await Task.Yield();
            int i;
            while ((i = Interlocked.Increment(ref next)) < clients.Count)
            {
                var turns = (int)(i * turnsPerJourney / clients.Count);
                for (var turn = 0; turn < turns; turn++)
                {
                    await clients[i].PrepareAsync();
                    await clients[i].TakeTurnAsync(System.Diagnostics.Stopwatch.GetTimestamp());
                }

                await clients[i].PrepareAsync();
            }
        }));
    }
}
