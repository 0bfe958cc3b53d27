using System.Diagnostics;
using ReIntegratie.Benchmarks.Driver;
using ReIntegratie.Benchmarks.Hosting;

namespace ReIntegratie.Benchmarks.Load;

/// <summary>
/// Memory against the number of stored conversations: a fresh bot on the local store, then new
/// conversations each take their first turn (joining the chat: welcome, code question, a stored
/// document), 50 at a time. The bot's resident memory (VmRSS) is read at checkpoints; a bounded
/// bot levels off however many conversations are stored (its document cache holds 2,000).
/// </summary>
public static class WorkingSetProbe
{
    public sealed record Checkpoint(int Conversations, double WorkingSetMb);

    /// <summary><see cref="WorkingSetMb"/> is read at <see cref="ReportedAt"/> conversations after 2 s of rest; the run goes on to show the level holds.</summary>
    public sealed record Result(double WorkingSetMb, int ReportedAt, IReadOnlyList<Checkpoint> Checkpoints, double TurnsPerSecond, int Failed);

    public static async Task<Result> RunAsync(BotProcess bot, LoopbackConnector connector, string channelId, int reportAt, int conversations)
    {
        using var endpoint = new BotEndpoint(bot.MessagesUrl);
        conversations = Math.Max(conversations, reportAt);
        var marks = new[] { 0, 1_000, 2_500, 5_000, 7_500, reportAt }.Concat(Enumerable.Range(1, conversations / 10_000).Select(k => k * 10_000))
            .Where(m => m < conversations).Append(conversations).Distinct().Order().ToList();
        var checkpoints = new List<Checkpoint>();
        var prefix = "ws-" + Guid.NewGuid().ToString("N")[..8];
        var failed = 0;
        var next = 0;

        await TurnsAsync(200, warmup: true); // JIT and pools, not counted
        checkpoints.Add(new Checkpoint(0, Megabytes(bot.Process.WorkingSetBytes())));
        var started = Stopwatch.GetTimestamp();
        var reported = double.NaN;
        foreach (var mark in marks.Skip(1))
        {
            await TurnsAsync(mark - next, warmup: false);
            if (mark == reportAt)
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                reported = Megabytes(bot.Process.WorkingSetBytes());
            }

            checkpoints.Add(new Checkpoint(mark, Megabytes(bot.Process.WorkingSetBytes())));
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new Result(reported, reportAt, checkpoints, Math.Round(conversations / seconds, 1), failed);

        async Task TurnsAsync(int count, bool warmup)
        {
            var first = warmup ? 0 : next;
            var label = warmup ? "warm" : "c";
            var index = -1;
            await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
            {
                await Task.Yield();
                int i;
                while ((i = Interlocked.Increment(ref index)) < count)
                {
                    var who = new ChannelIdentity(channelId, $"{prefix}-{label}{first + i}", $"user-{prefix}-{label}{first + i}");
                    var inbox = connector.Register(who.ConversationId);
                    var (status, _) = await endpoint.PostAsync(ActivityJson.Write(OutgoingActivity.Join, who, who.ConversationId + "-1", connector.ServiceUrl));
                    if (status != 200 || inbox.Count == 0)
                    {
                        Interlocked.Increment(ref failed);
                    }

                    connector.Forget(who.ConversationId);
                }
            }));
            if (!warmup)
            {
                next += count;
            }
        }
    }

    private static double Megabytes(long bytes) => Math.Round(bytes / 1024.0 / 1024.0, 1);
}
