using System.Collections.Concurrent;

namespace ReIntegratie.Benchmarks.Driver;

/// <summary>What every simulated client of one load model shares: the bot, the connector, codes, the answer rule, problem counts.</summary>
public sealed class DriverContext(BotEndpoint bot, LoopbackConnector connector, CodePool codes, JourneyAnswers answers, string channelId)
{
    public BotEndpoint Bot => bot;
    public LoopbackConnector Connector => connector;
    public CodePool Codes => codes;
    public JourneyAnswers Answers => answers;
    public string ChannelId => channelId;

    /// <summary>Turns that did not end with 200 and a reply, by kind (e.g. "HTTP 503", "no reply").</summary>
    public ConcurrentDictionary<string, int> Problems { get; } = new();

    private int journeysCompleted;

    public int JourneysCompleted => Volatile.Read(ref journeysCompleted);

    public void CountProblem(string kind) => Problems.AddOrUpdate(kind, 1, (_, n) => n + 1);

    public void CountJourney() => Interlocked.Increment(ref journeysCompleted);
}
