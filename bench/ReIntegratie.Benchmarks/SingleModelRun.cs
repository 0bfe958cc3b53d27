using System.Globalization;
using ReIntegratie.Benchmarks.Driver;
using ReIntegratie.Benchmarks.Hosting;
using ReIntegratie.Benchmarks.Load;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Benchmarks;

/// <summary>bench model: one load model on one store, for investigating (results are printed, not written).</summary>
public static class SingleModelRun
{
    /// <summary>bench memory: the working set of a fresh bot against the number of conversations that took a turn.</summary>
    public static async Task<int> MemoryAsync(int conversations, BenchSettings settings)
    {
        var scratch = RepositoryPaths.NewScratchFolder();
        try
        {
            var botDll = settings.Publish ? await BotPublisher.PublishAsync(scratch, settings.PublishFromHead) : BotPublisher.BotDll;
            await using var connector = await LoopbackConnector.StartAsync();
            await using var bot = await BotProcess.StartHealthyAsync(botDll, BotProcess.LocalStore(Path.Combine(scratch, "local-store")), Path.Combine(scratch, "bot.log"));
            Console.WriteLine($"bot process id {bot.Process.Id}; load {MachineLoad.LoadAverages()}");
            var result = await WorkingSetProbe.RunAsync(bot, connector, settings.Channel, Math.Min(10_000, conversations), conversations);
            foreach (var checkpoint in result.Checkpoints)
            {
                Console.WriteLine($"  {checkpoint.Conversations,7:N0} conversations: {checkpoint.WorkingSetMb,6:0.0} MB");
            }

            Console.WriteLine($"  at {result.ReportedAt:N0} after 2 s rest: {result.WorkingSetMb:0.0} MB; {result.TurnsPerSecond:0} first turns/s; {result.Failed} failed");
            return 0;
        }
        finally
        {
            RepositoryPaths.DeleteScratchFolder(scratch);
        }
    }

    public static async Task<int> RunAsync(BenchSettings settings, string store, string model)
    {
        var scratch = RepositoryPaths.NewScratchFolder();
        try
        {
            var botDll = settings.Publish ? await BotPublisher.PublishAsync(scratch, settings.PublishFromHead) : BotPublisher.BotDll;
            await using var connector = await LoopbackConnector.StartAsync();
            await using var azurite = store == "azurite" ? await AzuriteProcess.StartAsync(scratch) : null;
            var storage = azurite is null
                ? BotProcess.LocalStore(Path.Combine(scratch, "local-store"))
                : BotProcess.BlobStore(azurite.ConnectionString, "bench-" + Guid.NewGuid().ToString("N")[..12]);
            await using var bot = await BotProcess.StartHealthyAsync(botDll, storage, Path.Combine(scratch, "bot.log"));
            Console.WriteLine($"bot process id {bot.Process.Id}{(azurite is null ? "" : $", Azurite process id {azurite.Process.Id}")}; load {MachineLoad.LoadAverages()}");
            using var endpoint = new BotEndpoint(bot.MessagesUrl);
            var answers = new JourneyAnswers(PreparationContent.Default.Texts.Get("journey.review.shared", Language.Dutch));
            var codes = new CodePool(new AppointmentMaker(endpoint, connector, BotProcess.ProfessionalTenant));
            var system = new SystemUnderTest(store, bot, azurite?.Process, new DriverContext(endpoint, connector, codes, answers, settings.Channel), settings)
            {
                StoreConnectionString = azurite?.ConnectionString,
            };

            await ProcessWarmup.RunAsync(system, settings.ProcessWarmup);
            if (settings.TraceOps)
            {
                await OneConversationModel.TraceStorageAsync(system, Console.Out);
            }

            var (one, turnsPerJourney) = await OneConversationModel.RunAsync(system);
            var result = model switch
            {
                "one" => one,
                "saturation" => await SaturationModel.RunAsync(system, turnsPerJourney),
                _ => await FixedRateModel.RunAsync(system, store == "local" ? settings.LocalFixedRate : settings.AzuriteFixedRate, turnsPerJourney),
            };
            var d = result.Details;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{store} {model}: {result.TurnsPerSecond:0.0} turns/s, p50 {result.P50Ms:0.0} p95 {result.P95Ms:0.0} p99 {result.P99Ms:0.0} max {d.MaxMs:0.0} ms, {result.StorageOpsPerTurn:0.000} ops/turn " +
                $"(r {d.StorageReads} w {d.StorageWrites} d {d.StorageDeletes} l {d.StorageLists}); {d.Turns} turns, {d.FailedTurns} failed; " +
                $"CPU bot {d.BotCpuPercent:0}% store {d.StoreCpuPercent:0}% driver {d.DriverCpuPercent:0}% others {d.OthersCpuPercent:0}%; load {d.LoadAverageBefore:0.0}->{d.LoadAverageAfter:0.0}; {turnsPerJourney:0.0} turns per journey"));
            foreach (var (problem, count) in d.Problems)
            {
                Console.WriteLine($"  {problem}: {count}");
            }

            if (d.CodesMadeInWindow > 0)
            {
                Console.WriteLine($"  invitation codes made inside the window (pool ran dry): {d.CodesMadeInWindow}");
            }

            return 0;
        }
        finally
        {
            RepositoryPaths.DeleteScratchFolder(scratch);
        }
    }
}
