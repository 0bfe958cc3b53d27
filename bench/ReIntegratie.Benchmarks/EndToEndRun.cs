using System.Diagnostics;
using System.Globalization;
using ReIntegratie.Benchmarks.Driver;
using ReIntegratie.Benchmarks.Hosting;
using ReIntegratie.Benchmarks.Load;
using ReIntegratie.Benchmarks.Report;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Benchmarks;

/// <summary>
/// bench all: publishes the bot, starts the loopback connector and Azurite, runs the load models on the
/// local store and then on Azurite (a fresh bot process each), the storage ceiling on the same Azurite,
/// the working set after many conversations and the start-up time; prints the table, writes
/// bench/results.json (and results-details.json), and stops everything it started.
/// </summary>
public static class EndToEndRun
{
    public static async Task<int> RunAsync(BenchSettings settings)
    {
        var clock = Stopwatch.StartNew();
        var scratch = BenchFiles.NewScratchFolder();
        var loadAtStart = MachineLoad.LoadAverages();
        Console.WriteLine($"ReIntegratie end-to-end benchmark: {Environment.ProcessorCount} cores, load {loadAtStart}, channel {settings.Channel}{(settings.Quick ? " (QUICK: figures not comparable)" : "")}");
        Console.WriteLine($"scratch folder {scratch}");
        try
        {
            var botDll = await BotPublisher.PublishOrReuseAsync(scratch, settings.Publish);

            Console.WriteLine("== starting the loopback connector and Azurite");
            await BenchFiles.EnsureTestToolsAsync(scratch);
            await using var connector = await LoopbackConnector.StartAsync(recordRequests: false);
            await using var azurite = await AzuriteProcess.StartAsync(logPath: Path.Combine(scratch, "azurite.log"));
            var sharedText = PreparationContent.Default.Texts.Get("journey.review.shared", Language.Dutch);
            var answers = new JourneyAnswers(sharedText);

            await MachineLoad.WaitForQuietAsync(settings.QuietLoad, settings.MaxLoadWait);
            var models = new Dictionary<string, ModelDetails>();
            var persistence = new Dictionary<string, PersistenceCheck.Result>();

            Console.WriteLine("== local store");
            var localFolder = Path.Combine(scratch, "local-store");
            var (local, turnsPerJourney) = await RunStoreAsync("local", BotProcess.LocalStore(localFolder), null, settings.LocalFixedRate,
                PersistenceCheck.LocalReader(localFolder, settings.Channel));

            Console.WriteLine("== Azure Blob on Azurite (then the storage ceiling on the same Azurite, the bot idle)");
            var container = "bench-" + Guid.NewGuid().ToString("N")[..12];
            StorageCeiling.Result ceiling = null!;
            StorageCeiling.OpenLoopResult alone = null!;
            var payload = 0;
            var (onAzurite, _) = await RunStoreAsync("azurite", BotProcess.BlobStore(azurite.ConnectionString, container), azurite.Process, settings.AzuriteFixedRate,
                PersistenceCheck.BlobReader(azurite.ConnectionString, container, settings.Channel),
                afterSaturation: async () =>
                {
                    payload = await StorageCeiling.MeanConversationDocumentBytesAsync(azurite.ConnectionString, container);
                    ceiling = await StorageCeiling.RunAsync(azurite.ConnectionString, settings.CeilingWorkers, payload, settings.Warmup, Shorter(settings.Measure), azurite.Process);
                    Console.WriteLine($"  ceiling    {ceiling.WritesPerSecond,7:0.0} writes/s  p50 {ceiling.P50Ms,6:0.0}  p99 {ceiling.P99Ms,6:0.0} ms  " +
                        $"(Azure.Storage.Blobs, {settings.CeilingWorkers} workers, If-Match, {payload} B = the mean conversation document; CPU Azurite {ceiling.StoreCpuPercent:0}% driver {ceiling.DriverCpuPercent:0}%)");
                },
                afterFixedRate: async fixedRate =>
                {
                    var writeRate = Math.Round(settings.AzuriteFixedRate * fixedRate.StorageOpsPerTurn);
                    alone = await StorageCeiling.OpenLoopAsync(azurite.ConnectionString, writeRate, settings.FixedRateConversations, payload, settings.Warmup, settings.Measure);
                    Console.WriteLine($"  Azurite alone at the same {writeRate:0} writes/s, open loop: p50 {alone.P50Ms:0.0} p95 {alone.P95Ms:0.0} p99 {alone.P99Ms:0.0} max {alone.MaxMs:0} ms");
                });

            Console.WriteLine($"== working set: {settings.WorkingSetRunTo:N0} conversations each take a turn, read at {settings.WorkingSetConversations:N0} (fresh bot, local store)");
            WorkingSetProbe.Result workingSet;
            await using (var bot = await BotProcess.StartHealthyAsync(botDll, BotProcess.LocalStore(Path.Combine(scratch, "ws-store")), Path.Combine(scratch, "bot-ws.log")))
            {
                workingSet = await WorkingSetProbe.RunAsync(bot, connector, settings.Channel, settings.WorkingSetConversations, settings.WorkingSetRunTo);
            }

            Console.WriteLine("  " + string.Join(", ", workingSet.Checkpoints.Select(c => $"{c.Conversations:N0}: {c.WorkingSetMb:0} MB")) + $"; at {workingSet.ReportedAt:N0} after 2 s rest: {workingSet.WorkingSetMb:0} MB");

            Console.WriteLine($"== start-up of the published build ({settings.StartupRuns} runs)");
            var startup = await StartupProbe.RunAsync(botDll, connector, settings.Channel, scratch, settings.StartupRuns);
            Console.WriteLine($"  median {startup.MedianMs:0} ms to /healthz, {startup.FirstTurnMedianMs:0} ms to the first answered turn");

            var results = new BenchResults
            {
                Local = local,
                Azurite = onAzurite,
                StorageCeilingWritesPerSecond = ceiling.WritesPerSecond,
                WorkingSetMb10k = workingSet.WorkingSetMb,
                StartupMs = startup.MedianMs,
            };
            var details = new RunDetails
            {
                Machine = MachineInfo.Read(),
                BotEnvironment = BotProcess.Environment,
                Channel = settings.Channel,
                ProcessWarmupSeconds = settings.ProcessWarmup.TotalSeconds,
                WarmupSeconds = settings.Warmup.TotalSeconds,
                MeasureSeconds = settings.Measure.TotalSeconds,
                TurnsPerJourney = Math.Round(turnsPerJourney, 1),
                LoadAveragesAtStart = loadAtStart,
                LoadAveragesAtEnd = MachineLoad.LoadAverages(),
                Models = models,
                StoredBeforeFirstReply = persistence,
                StorageCeiling = ceiling,
                AzuriteAloneAtFixedRateWrites = alone,
                WorkingSet = workingSet,
                Startup = startup,
                TotalMinutes = Math.Round(clock.Elapsed.TotalMinutes, 1),
            };

            Console.WriteLine();
            Console.WriteLine(TargetTable.Render(TargetTable.Rows(results, details)));
            if (settings.Quick)
            {
                Console.WriteLine("(--quick: results not written)");
            }
            else
            {
                // reminders writes its own entries; they are kept.
                await ResultsFiles.WriteKeepingOthersAsync(BenchFiles.ResultsFile, results);
                await ResultsFiles.WriteKeepingOthersAsync(BenchFiles.DetailsFile, details);
                Console.WriteLine($"written {Relative(BenchFiles.ResultsFile)} and {Relative(BenchFiles.DetailsFile)}");
            }

            Console.WriteLine($"done in {clock.Elapsed.TotalMinutes:0.0} min; load {MachineLoad.LoadAverages()}");
            return 0;

            async Task<(StoreResults Results, double TurnsPerJourney)> RunStoreAsync(
                string store, Dictionary<string, string> storage, ChildProcess? storeProcess, double rate, Func<string, Task<byte[]?>> readStored,
                Func<Task>? afterSaturation = null, Func<ModelResult, Task>? afterFixedRate = null)
            {
                await using var bot = await BotProcess.StartHealthyAsync(botDll, storage, Path.Combine(scratch, $"bot-{store}.log"));
                using var endpoint = new BotEndpoint(bot.MessagesUrl);
                var codes = new CodePool(new AppointmentMaker(endpoint, connector, BotProcess.ProfessionalTenant));
                var system = new SystemUnderTest(store, bot, storeProcess, new DriverContext(endpoint, connector, codes, answers, settings.Channel), settings);

                var warmTurns = await ProcessWarmup.RunAsync(system, settings.ProcessWarmup);
                Console.WriteLine($"  warm-up    {warmTurns} turns in {settings.ProcessWarmup.TotalSeconds:0} s (not measured)");
                var (one, perJourney) = await OneConversationModel.RunAsync(system);
                Report(store, "one", one);
                var persisted = await PersistenceCheck.RunAsync(system, readStored);
                persistence[store] = persisted;
                Console.WriteLine($"  stored before the first reply: {persisted.StoredBeforeReply} of {persisted.Turns} turns (not measured)");
                var saturation = await SaturationModel.RunAsync(system, perJourney);
                Report(store, "saturation", saturation);
                if (afterSaturation is not null)
                {
                    await afterSaturation();
                }

                var fixedRate = await FixedRateModel.RunAsync(system, rate, perJourney);
                Report(store, "fixed_rate", fixedRate);
                if (afterFixedRate is not null)
                {
                    await afterFixedRate(fixedRate);
                }

                if (bot.Process.HasExited)
                {
                    throw new InvalidOperationException($"the bot ({store}) exited during the run:\n{bot.Process.LogTail()}");
                }

                return (new StoreResults { One = one, Saturation = saturation, FixedRate = fixedRate }, perJourney);
            }

            void Report(string store, string model, ModelResult result)
            {
                models[$"{store}.{model}"] = result.Details;
                var d = result.Details;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {model,-10} {result.TurnsPerSecond,7:0.0} turns/s  p50 {result.P50Ms,6:0.0}  p95 {result.P95Ms,6:0.0}  p99 {result.P99Ms,6:0.0} ms  {result.StorageOpsPerTurn:0.000} ops/turn (r {d.StorageReads} w {d.StorageWrites} d {d.StorageDeletes} l {d.StorageLists}) " +
                    $"({d.Turns} turns, {d.FailedTurns} failed; CPU bot {d.BotCpuPercent:0}% store {d.StoreCpuPercent:0}% driver {d.DriverCpuPercent:0}% others {d.OthersCpuPercent:0}%; load {d.LoadAverageBefore:0.0}->{d.LoadAverageAfter:0.0})"));
                foreach (var (problem, count) in d.Problems)
                {
                    Console.WriteLine($"             {problem}: {count}");
                }

                if (d.CodesMadeInWindow > 0)
                {
                    Console.WriteLine($"             invitation codes made inside the window (pool ran dry): {d.CodesMadeInWindow}");
                }
            }
        }
        finally
        {
            BenchFiles.DeleteScratchFolder(scratch);
        }
    }

    private static TimeSpan Shorter(TimeSpan measure) => measure > TimeSpan.FromSeconds(10) ? TimeSpan.FromSeconds(10) : measure;

    private static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
