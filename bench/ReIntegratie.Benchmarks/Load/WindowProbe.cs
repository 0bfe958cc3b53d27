using System.Diagnostics;
using ReIntegratie.Benchmarks.Hosting;

namespace ReIntegratie.Benchmarks.Load;

/// <summary>
/// Readings at the start and end of a measured window: the bot's storage round trips, the CPU time of
/// the bot, the store and this driver, and the machine's busy time (what is left is other people's load).
/// </summary>
public sealed class WindowProbe
{
    private readonly SystemUnderTest system;
    private StorageCounts storage = null!;
    private TimeSpan botCpu;
    private TimeSpan storeCpu;
    private TimeSpan driverCpu;
    private TimeSpan machineBusy;
    private double loadBefore;
    private long started;
    private int codesMadeBefore;
    private int journeysBefore;

    private WindowProbe(SystemUnderTest system) => this.system = system;

    public static async Task<WindowProbe> StartAsync(SystemUnderTest system, Driver.DriverContext driver)
    {
        var probe = new WindowProbe(system) { journeysBefore = driver.JourneysCompleted };
        probe.storage = await system.Bot.StorageCountsAsync();
        probe.botCpu = system.Bot.Process.CpuTime();
        probe.storeCpu = system.StoreProcess?.CpuTime() ?? TimeSpan.Zero;
        probe.driverCpu = Process.GetCurrentProcess().TotalProcessorTime;
        probe.machineBusy = MachineLoad.BusyTime();
        probe.loadBefore = MachineLoad.OneMinute();
        probe.codesMadeBefore = system.Driver.Codes.MadeOnDemand;
        probe.started = Stopwatch.GetTimestamp();
        return probe;
    }

    public long StartedTimestamp => started;

    public async Task<WindowReading> StopAsync()
    {
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var bot = system.Bot.Process.CpuTime() - botCpu;
        var store = (system.StoreProcess?.CpuTime() ?? TimeSpan.Zero) - storeCpu;
        var driver = Process.GetCurrentProcess().TotalProcessorTime - driverCpu;
        var busy = MachineLoad.BusyTime() - machineBusy;
        var counts = await system.Bot.StorageCountsAsync() - storage;
        double Percent(TimeSpan cpu) => Math.Round(cpu.TotalSeconds / seconds * 100, 1);
        // Others' share is approximate: /proc/stat is tick-sampled while process times are exact.
        return new WindowReading(counts, seconds, Percent(bot), Percent(store), Percent(driver),
            Math.Max(0, Percent(busy - bot - store - driver)), loadBefore, MachineLoad.OneMinute(), system.Driver.Codes.MadeOnDemand - codesMadeBefore, journeysBefore);
    }
}

/// <summary>What a <see cref="WindowProbe"/> saw. CPU figures are percent of one core (the machine has <see cref="Environment.ProcessorCount"/>).</summary>
public sealed record WindowReading(StorageCounts Storage, double Seconds, double BotCpuPercent, double StoreCpuPercent, double DriverCpuPercent, double OthersCpuPercent, double LoadBefore, double LoadAfter, int CodesMadeInWindow, int JourneysBefore)
{
    public ModelDetails Details(int turns, int failed, double maxMs, Driver.DriverContext driver) => new()
    {
        Turns = turns,
        FailedTurns = failed,
        WindowSeconds = Math.Round(Seconds, 2),
        MaxMs = Math.Round(maxMs, 1),
        JourneysCompleted = driver.JourneysCompleted - JourneysBefore,
        CodesMadeInWindow = CodesMadeInWindow,
        StorageReads = Storage.Reads,
        StorageWrites = Storage.Writes,
        StorageDeletes = Storage.Deletes,
        StorageLists = Storage.Lists,
        BotCpuPercent = BotCpuPercent,
        StoreCpuPercent = StoreCpuPercent,
        DriverCpuPercent = DriverCpuPercent,
        OthersCpuPercent = OthersCpuPercent,
        LoadAverageBefore = LoadBefore,
        LoadAverageAfter = LoadAfter,
        Problems = new Dictionary<string, int>(driver.Problems),
    };
}
