using System.CommandLine;

namespace ReIntegratie.Benchmarks;

/// <summary>How long and how hard the end-to-end run measures. The defaults are the reported run.</summary>
public sealed record BenchSettings
{
    /// <summary>Load on a freshly started bot before its first measurement (JIT tiering, pools).</summary>
    public TimeSpan ProcessWarmup { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);
    public TimeSpan Measure { get; init; } = TimeSpan.FromSeconds(15);
    public int OneConversationJourneys { get; init; } = 10;
    public int SaturationConversations { get; init; } = 50;
    public int FixedRateConversations { get; init; } = 200;
    public double LocalFixedRate { get; init; } = 400;
    public double AzuriteFixedRate { get; init; } = 150;
    public int CeilingWorkers { get; init; } = 50;
    public int WorkingSetConversations { get; init; } = 10_000;
    public int WorkingSetRunTo { get; init; } = 20_000;
    public int StartupRuns { get; init; } = 5;
    public string Channel { get; init; } = "webchat";
    public TimeSpan MaxLoadWait { get; init; } = TimeSpan.FromSeconds(180);
    public double QuietLoad { get; init; } = 2.0;
    public bool Publish { get; init; } = true;
    public bool Quick { get; init; }

    /// <summary>Short windows and small counts: a smoke run whose figures are not comparable.</summary>
    public static BenchSettings QuickRun { get; } = new()
    {
        Quick = true,
        ProcessWarmup = TimeSpan.FromSeconds(3),
        Warmup = TimeSpan.FromSeconds(2),
        Measure = TimeSpan.FromSeconds(4),
        OneConversationJourneys = 1,
        WorkingSetConversations = 2_000,
        WorkingSetRunTo = 2_000,
        StartupRuns = 2,
        MaxLoadWait = TimeSpan.Zero,
    };

    /// <summary>The "all" command and its options.</summary>
    public static Command Command()
    {
        var quick = new Option<bool>("--quick") { Description = "Short windows and small counts: a smoke run (about 1 min); figures are not comparable and nothing is written." };
        var measure = new Option<int?>("--measure-seconds") { Description = "Length of each measured window in seconds [default: 15; 4 with --quick]." };
        var maxLoadWait = new Option<int?>("--max-load-wait") { Description = "Seconds to wait for a 1-minute load average below 2 before measuring [default: 180; 0 with --quick]." };
        var noPublish = new Option<bool>("--no-publish") { Description = "Reuse the bot published by the last run instead of publishing it again." };
        measure.Validators.Add(result => Require(result.GetValueOrDefault<int?>() is null or > 0, result, "--measure-seconds must be above 0."));
        maxLoadWait.Validators.Add(result => Require(result.GetValueOrDefault<int?>() is null or >= 0, result, "--max-load-wait must be 0 or more."));

        var command = new Command("all",
            "End to end: publishes the bot, starts Azurite, the bot and a loopback connector, runs every load model on the local store " +
            "and on Azurite, the storage ceiling, the working set after 10,000 conversations and start-up; prints the table and writes " +
            "bench/results.json and bench/results-details.json (about 5 min).")
        {
            quick, measure, maxLoadWait, noPublish,
        };
        command.SetAction((parse, _) =>
        {
            var settings = parse.GetValue(quick) ? QuickRun : new BenchSettings();
            settings = settings with { Publish = !parse.GetValue(noPublish) };
            if (parse.GetValue(measure) is { } seconds)
            {
                settings = settings with { Measure = TimeSpan.FromSeconds(seconds) };
            }

            if (parse.GetValue(maxLoadWait) is { } wait)
            {
                settings = settings with { MaxLoadWait = TimeSpan.FromSeconds(wait) };
            }

            return EndToEndRun.RunAsync(settings);
        });
        return command;
    }

    internal static void Require(bool valid, System.CommandLine.Parsing.SymbolResult result, string error)
    {
        if (!valid)
        {
            result.AddError(error);
        }
    }
}
