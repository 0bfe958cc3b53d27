using System.Globalization;
using ReIntegratie.Benchmarks.Hosting;
using ReIntegratie.Benchmarks.Report;

namespace ReIntegratie.Benchmarks.Load;

/// <summary>
/// bench azurite-concurrency: the storage ceiling (conditional writes, as in bench all) with 1 to 50 workers
/// on one fresh Azurite, and what each write costs Azurite in CPU. Azurite serves requests on one Node.js
/// thread; how many requests it finds waiting per turn of its event loop decides its cost per write, so a
/// load that keeps fewer writes in flight than the ceiling's 50 gets less out of the same core.
/// </summary>
public static class AzuriteConcurrency
{
    public sealed record Row(int Workers, double WritesPerSecond, double P50Ms, double P99Ms, double StoreCpuPercent, double StoreCpuMsPerWrite, double DriverCpuPercent);

    public static async Task<int> RunAsync(int[] workerCounts, int payloadBytes, bool write)
    {
        var scratch = RepositoryPaths.NewScratchFolder();
        var rows = new List<Row>();
        Console.WriteLine($"Azurite conditional writes ({payloadBytes} B) by number of concurrent writers; load {MachineLoad.LoadAverages()}");
        Console.WriteLine("  writers | writes/s | p50 ms | p99 ms | Azurite CPU | Azurite CPU ms per write | driver CPU");
        try
        {
            await using var azurite = await AzuriteProcess.StartAsync(scratch);
            var idleBefore = await IdleCpuPercentAsync(azurite.Process);
            foreach (var workers in workerCounts)
            {
                var result = await StorageCeiling.RunAsync(azurite.ConnectionString, workers, payloadBytes, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10), azurite.Process);
                var row = new Row(workers, result.WritesPerSecond, result.P50Ms, result.P99Ms, result.StoreCpuPercent,
                    Math.Round(result.StoreCpuPercent * 10 / Math.Max(result.WritesPerSecond, 1), 2), result.DriverCpuPercent);
                rows.Add(row);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {row.Workers,7} | {row.WritesPerSecond,8:0} | {row.P50Ms,6:0.0} | {row.P99Ms,6:0.0} | {row.StoreCpuPercent,10:0}% | {row.StoreCpuMsPerWrite,24:0.00} | {row.DriverCpuPercent,9:0}%"));
            }

            var idleAfter = await IdleCpuPercentAsync(azurite.Process);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Azurite idle: {idleBefore:0.0}% of a core when fresh, {idleAfter:0.0}% after the runs above"));
            if (write)
            {
                await ResultsFiles.SetEntryAsync(RepositoryPaths.DetailsFile, "AzuriteConcurrency",
                    new { Measured = DateTimeOffset.UtcNow, Load = MachineLoad.LoadAverages(), PayloadBytes = payloadBytes, IdleCpuPercentFresh = idleBefore, IdleCpuPercentAfter = idleAfter, Rows = rows });
                Console.WriteLine("written entry AzuriteConcurrency of bench/results-details.json");
            }

            return 0;
        }
        finally
        {
            RepositoryPaths.DeleteScratchFolder(scratch);
        }
    }

    private static async Task<double> IdleCpuPercentAsync(ChildProcess store)
    {
        var window = TimeSpan.FromSeconds(5);
        var before = store.CpuTime();
        await Task.Delay(window);
        return Math.Round((store.CpuTime() - before).TotalSeconds / window.TotalSeconds * 100, 1);
    }
}
