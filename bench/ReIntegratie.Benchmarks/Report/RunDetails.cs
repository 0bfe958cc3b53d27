using ReIntegratie.Benchmarks.Load;

namespace ReIntegratie.Benchmarks.Report;

/// <summary>bench/results-details.json: how the figures came about (machine, load, counts, CPU, checkpoints).</summary>
public sealed record RunDetails
{
    public required MachineInfo Machine { get; init; }
    public required string BotEnvironment { get; init; }
    public required string Channel { get; init; }
    public required double ProcessWarmupSeconds { get; init; }
    public required double WarmupSeconds { get; init; }
    public required double MeasureSeconds { get; init; }
    public required double TurnsPerJourney { get; init; }
    public required string LoadAveragesAtStart { get; init; }
    public required string LoadAveragesAtEnd { get; init; }
    public required Dictionary<string, ModelDetails> Models { get; init; }
    public required Dictionary<string, PersistenceCheck.Result> StoredBeforeFirstReply { get; init; }
    public required StorageCeiling.Result StorageCeiling { get; init; }
    public required StorageCeiling.OpenLoopResult AzuriteAloneAtFixedRateWrites { get; init; }
    public required WorkingSetProbe.Result WorkingSet { get; init; }
    public required StartupProbe.Result Startup { get; init; }
    public required double TotalMinutes { get; init; }
}

/// <summary>What the figures were measured on.</summary>
public sealed record MachineInfo(string Cpu, int Cores, double MemoryGb, string Os, string Runtime, DateTimeOffset MeasuredAt)
{
    public static MachineInfo Read()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        var memoryKb = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var os = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? "Linux"
            : "Linux";
        return new MachineInfo(cpu, Environment.ProcessorCount, Math.Round(long.Parse(memoryKb, System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / 1024.0, 1), os,
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription, DateTimeOffset.UtcNow);
    }
}
