using System.Globalization;

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
    public bool PublishFromHead { get; init; }
    public bool TraceOps { get; init; }
    public string? DumpLatencies { get; init; }
    public bool Quick { get; init; }

    public static BenchSettings Parse(string[] args)
    {
        var settings = new BenchSettings();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            double Number() => double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0
                ? n
                : throw new ArgumentException($"{args[i]} needs a non-negative number");

            settings = args[i] switch
            {
                "--quick" => settings with
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
                },
                "--measure-seconds" => settings with { Measure = TimeSpan.FromSeconds(Number()) },
                "--warmup-seconds" => settings with { Warmup = TimeSpan.FromSeconds(Number()) },
                "--process-warmup-seconds" => settings with { ProcessWarmup = TimeSpan.FromSeconds(Number()) },
                "--max-load-wait" => settings with { MaxLoadWait = TimeSpan.FromSeconds(Number()) },
                "--channel" => settings with { Channel = Value() is "webchat" or "sms" ? args[i] : throw new ArgumentException("--channel is webchat or sms") },
                "--no-publish" => settings with { Publish = false },
                "--bot-from-head" => settings with { PublishFromHead = true },
                "--trace-ops" => settings with { TraceOps = true },
                "--dump-latencies" => settings with { DumpLatencies = Path.GetFullPath(Value()) },
                "--rate" => Number() is var rate and > 0 ? settings with { LocalFixedRate = rate, AzuriteFixedRate = rate } : throw new ArgumentException("--rate must be above 0"),
                "--conversations" => settings with { SaturationConversations = (int)Number(), FixedRateConversations = (int)Number() },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }

        return settings;
    }
}
