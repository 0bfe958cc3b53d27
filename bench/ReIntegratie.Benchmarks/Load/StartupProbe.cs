using System.Diagnostics;
using ReIntegratie.Benchmarks.Driver;
using ReIntegratie.Benchmarks.Hosting;

namespace ReIntegratie.Benchmarks.Load;

/// <summary>
/// Start-up of the published Release build: from Process.Start to the first answered request
/// (GET /healthz polled every 2 ms), and on to the first answered turn (a client joining). Each run
/// is a fresh process with an empty local store; the median is reported.
/// </summary>
public static class StartupProbe
{
    public sealed record Result(double MedianMs, double MinMs, double MaxMs, double FirstTurnMedianMs, IReadOnlyList<double> RunsMs);

    public static async Task<Result> RunAsync(string botDll, LoopbackConnector connector, string channelId, string scratch, int runs)
    {
        var startups = new List<double>();
        var firstTurns = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var folder = Path.Combine(scratch, $"startup-{run}");
            await using var bot = await BotProcess.StartAsync(botDll, BotProcess.LocalStore(folder), Path.Combine(scratch, $"bot-startup-{run}.log"));
            var healthy = await bot.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(2));
            startups.Add(healthy.TotalMilliseconds);

            using var endpoint = new BotEndpoint(bot.MessagesUrl);
            var who = new ChannelIdentity(channelId, $"startup-{run}-{Guid.NewGuid():N}", "user-startup");
            var inbox = connector.Register(who.ConversationId);
            var (status, answered) = await endpoint.PostAsync(ActivityJson.Write(OutgoingActivity.Join, who, who.ConversationId + "-1", connector.ServiceUrl));
            var (_, _, arrived) = inbox.Since(0);
            connector.Forget(who.ConversationId);
            if (status != 200)
            {
                throw new InvalidOperationException($"the first turn after start-up got HTTP {status}");
            }

            firstTurns.Add((Math.Max(answered, arrived) - bot.Process.StartedTimestamp) * 1000.0 / Stopwatch.Frequency);
        }

        return new Result(Median(startups), Math.Round(startups.Min(), 1), Math.Round(startups.Max(), 1), Median(firstTurns), [.. startups.Select(s => Math.Round(s, 1))]);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return Math.Round(sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2, 1);
    }
}
