using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Azure.Storage.Queues;
using ReIntegratie.Benchmarks.Driver;
using ReIntegratie.Benchmarks.Hosting;
using ReIntegratie.Benchmarks.Report;
using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Benchmarks.Reminders;

/// <summary>
/// bench reminders: the time to dispatch 10,000 registration reminders due in the same minute,
/// in the deployed configuration (Azure Blob storage and Azure Queue scheduling, here on Azurite, every
/// scheduling setting at its default), to the loopback connector, counting deliveries per conversation
/// so a reminder sent twice shows. The clients are seeded with the bot's own types (see
/// <see cref="ReminderSeeder"/>); the dispatch is the bot process's own path: the reminder dispatcher's
/// poll lists the due minute -> reads each assignment -> claims -> plans the next reminders -> proactive
/// turn -> connector POST -> settled record per batch. With --store local: the same on the local folder store.
/// </summary>
public static partial class ReminderRun
{
    public const string ResultsKey = "reminders_10k";
    public const string DetailsKey = "Reminders";

    public static async Task<int> RunAsync(ReminderSettings settings)
    {
        var total = Stopwatch.StartNew();
        var scratch = BenchFiles.NewScratchFolder();
        Console.WriteLine($"ReIntegratie reminder dispatch benchmark ({settings.Store}): {settings.Clients:N0} reminders due in one minute; {Environment.ProcessorCount} cores, load {MachineLoad.LoadAverages()}{(settings.Quick ? " (QUICK: results not written)" : "")}");
        try
        {
            var botDll = await BotPublisher.PublishOrReuseAsync(scratch, settings.Publish);

            var onAzurite = settings.Store == "azurite";
            Console.WriteLine(onAzurite ? "== starting the loopback connector and Azurite" : "== starting the loopback connector");
            await using var connector = await LoopbackConnector.StartAsync(recordRequests: false);
            if (onAzurite)
            {
                await BenchFiles.EnsureTestToolsAsync(scratch);
            }

            await using var azurite = onAzurite ? await AzuriteProcess.StartAsync(logPath: Path.Combine(scratch, "azurite.log")) : null;
            var tag = Guid.NewGuid().ToString("N")[..8];
            var queueName = $"bench-rem-{tag}";
            var storage = azurite is not null
                ? new Dictionary<string, string>
                {
                    ["Storage:Provider"] = "AzureBlob",
                    ["Storage:ConnectionString"] = azurite.ConnectionString,
                    ["Storage:Container"] = $"bench-rem-{tag}",
                    ["Scheduling:Provider"] = "AzureQueue",
                    ["Scheduling:QueueName"] = queueName,
                }
                : new Dictionary<string, string>
                {
                    ["Storage:Provider"] = "Local",
                    ["Storage:Path"] = Path.Combine(scratch, "local-store"),
                    ["Scheduling:Provider"] = "InProcess",
                };

            // The load models leave scheduled work to an hourly poll; here the dispatcher runs as deployed (poll 5 s).
            var botSettings = new Dictionary<string, string>(storage) { ["Scheduling:PollInterval"] = "00:00:05" };
            const string parallelismText = "MaxParallelism 8 (default)";
            var configuration = onAzurite
                ? $"Storage:Provider AzureBlob + Scheduling:Provider AzureQueue on Azurite (the deployed configuration); Scheduling defaults (poll 5 s, {parallelismText}, lease 2 min); channel {ReminderSeeder.ChannelId}"
                : $"Storage:Provider Local + Scheduling:Provider InProcess (local folder); Scheduling defaults (poll 5 s, {parallelismText}, lease 2 min); channel {ReminderSeeder.ChannelId}";
            Console.WriteLine($"  {configuration}");

            await MachineLoad.WaitForQuietAsync(settings.QuietLoad, settings.MaxLoadWait);
            Console.WriteLine("== seeding with the bot's own stores and scheduler (not measured)");
            await using var seeder = await ReminderSeeder.CreateAsync(storage, connector.ServiceUrl);
            var clients = Enumerable.Range(0, settings.Clients).Select(i => ReminderSeeder.NewClient(tag, i)).ToArray();
            var inboxes = clients.Select(c => connector.Register(c.ConversationId)).ToArray();

            var seedConversations = await SeedAsync("conversations + links", clients, settings.SeedParallelism, seeder.SeedConversationAsync);

            Console.WriteLine("== starting the bot");
            await using var bot = await BotProcess.StartHealthyAsync(botDll, botSettings, Path.Combine(scratch, "bot-reminders.log"));

            // Scheduling a reminder costs about twice the round trips of a conversation and its links.
            var estimate = TimeSpan.FromSeconds(seedConversations * 2.5 * 1.3 + 15);
            var due = NextMinute(DateTimeOffset.UtcNow + estimate);
            Console.WriteLine($"  reminders due at {due:HH:mm:ss} UTC ({AmsterdamTime.ToAmsterdam(due):HH:mm} Amsterdam)");
            var seedReminders = await SeedAsync("assignments + planned reminders", clients, settings.SeedParallelism, (c, t) => seeder.SeedReminderAsync(c, due, t));

            var left = (due - DateTimeOffset.UtcNow).TotalSeconds;
            var overran = left < 1;
            if (overran)
            {
                Console.WriteLine($"  WARNING: seeding ended {-left:0.0} s after the due minute; the figures below are not comparable (machine busy? re-run)");
            }
            else
            {
                Console.WriteLine($"  seeded with {left:0} s to spare; waiting for the due minute");
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, left - 0.5)));
            }

            var storageBefore = await bot.StorageCountsAsync();
            var botCpu = bot.Process.CpuTime();
            var azuriteCpu = azurite?.Process.CpuTime() ?? TimeSpan.Zero;
            var driverCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var busy = MachineLoad.BusyTime();
            var loadBefore = MachineLoad.LoadAverages();
            var anchorUtc = DateTimeOffset.UtcNow;
            var anchor = Stopwatch.GetTimestamp();

            Console.WriteLine("== dispatch (measured: from the due minute to the last reminder at the connector)");
            var deadline = due + settings.Timeout;
            var nextReport = due.AddSeconds(5);
            int delivered;
            while (true)
            {
                delivered = inboxes.Count(i => i.Count > 0);
                if (delivered == clients.Length || DateTimeOffset.UtcNow > deadline)
                {
                    break;
                }

                if (bot.Process.HasExited)
                {
                    throw new InvalidOperationException($"the bot exited during the dispatch:\n{bot.Process.LogTail()}");
                }

                if (DateTimeOffset.UtcNow >= nextReport)
                {
                    Console.WriteLine($"  +{(DateTimeOffset.UtcNow - due).TotalSeconds,4:0} s: {delivered,6:N0} delivered");
                    nextReport = nextReport.AddSeconds(5);
                }

                await Task.Delay(100);
            }

            var windowSeconds = Stopwatch.GetElapsedTime(anchor).TotalSeconds;
            var windowEnd = (DateTimeOffset.UtcNow - due).TotalSeconds;
            double Percent(TimeSpan cpu) => Math.Round(cpu.TotalSeconds / windowSeconds * 100, 1);
            var botUsed = bot.Process.CpuTime() - botCpu;
            var azuriteUsed = (azurite?.Process.CpuTime() ?? TimeSpan.Zero) - azuriteCpu;
            var driverUsed = Process.GetCurrentProcess().TotalProcessorTime - driverCpu;
            var othersUsed = MachineLoad.BusyTime() - busy - botUsed - azuriteUsed - driverUsed;

            // A reminder sent twice would come from a claim taken over after its lease (2 min): keep counting a
            // while after the last delivery (a few polls; the lease case is covered by the reliability tests).
            await Task.Delay(TimeSpan.FromSeconds(12));
            var storageUsed = await bot.StorageCountsAsync() - storageBefore;
            var loadAfter = MachineLoad.LoadAverages();
            var warnings = LogWarnings(bot.Process.LogPath);
            if (warnings.Count > 1)
            {
                // More than the anonymous-mode warning: keep the bot's log for a look (the scratch folder goes).
                var kept = Path.Combine(Path.GetTempPath(), "reintegratie-bench", $"reminders-{settings.Store}-bot.log");
                File.Copy(bot.Process.LogPath, kept, overwrite: true);
                Console.WriteLine($"  the bot logged warnings: its log is kept as {kept}");
            }

            var offset = (anchorUtc - due).TotalSeconds;
            var allArrivals = inboxes.Where(i => i.Count > 0)
                .Select(i => Stopwatch.GetElapsedTime(anchor, i.FirstArrival).TotalSeconds + offset)
                .Order().ToArray();
            var arrivals = allArrivals.Where(a => a <= windowEnd).ToArray(); // those after the timeout came while waiting for the queue to drain
            var extra = inboxes.Sum(i => Math.Max(0, i.Count - 1));
            var bySecond = new int[arrivals.Length == 0 ? 0 : (int)Math.Floor(Math.Max(0, arrivals[^1])) + 1];
            foreach (var arrival in arrivals)
            {
                bySecond[(int)Math.Floor(Math.Max(0, arrival))]++;
            }

            await bot.Process.StopAsync();

            var result = new ReminderResult
            {
                Reminders = clients.Length,
                Store = settings.Store,
                DispatchSeconds = arrivals.Length == clients.Length ? Round(arrivals[^1]) : null,
                TimeoutSeconds = settings.Timeout.TotalSeconds,
                FirstSeconds = arrivals.Length > 0 ? Round(arrivals[0]) : 0,
                P50Seconds = Percentile(arrivals, 50),
                P95Seconds = Percentile(arrivals, 95),
                P99Seconds = Percentile(arrivals, 99),
                RemindersPerSecond = arrivals.Length > 1 ? Math.Round(arrivals.Length / Math.Max(0.001, arrivals[^1] - arrivals[0]), 1) : 0,
                Delivered = arrivals.Length,
                Missing = clients.Length - arrivals.Length,
                SentTwice = extra,
                StorageOpsPerReminder = allArrivals.Length == 0 ? 0 : Math.Round((double)storageUsed.Total / allArrivals.Length, 2),
            };
            var details = new ReminderDetails
            {
                Machine = MachineInfo.Read(),
                Configuration = configuration,
                DueAt = due,
                SeedConversationsSeconds = Math.Round(seedConversations, 1),
                SeedRemindersSeconds = Math.Round(seedReminders, 1),
                SecondsLeftBeforeDue = Math.Round(left, 1),
                SeedingOverran = overran,
                StorageReads = storageUsed.Reads,
                StorageWrites = storageUsed.Writes,
                StorageDeletes = storageUsed.Deletes,
                StorageLists = storageUsed.Lists,
                ActivitiesAtConnector = inboxes.Sum(i => i.Count),
                DeliveredAfterTimeout = allArrivals.Length - arrivals.Length,
                ConversationsWithMoreThanOne = inboxes.Count(i => i.Count > 1),
                WindowSeconds = Math.Round(windowSeconds, 1),
                BotCpuPercent = Percent(botUsed),
                AzuriteCpuPercent = Percent(azuriteUsed),
                DriverCpuPercent = Percent(driverUsed),
                OthersCpuPercent = Math.Max(0, Percent(othersUsed)),
                LoadAveragesBefore = loadBefore,
                LoadAveragesAfter = loadAfter,
                BotLogWarnings = warnings,
                DeliveredBySecond = bySecond,
                TotalMinutes = Math.Round(total.Elapsed.TotalMinutes, 1),
            };

            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Delivered:N0} of {result.Reminders:N0} reminders delivered{(result.DispatchSeconds is { } last ? $"; last {last:0.0} s after the due minute" : $" within the {settings.Timeout.TotalSeconds:0} s timeout")} " +
                $"(target all < 60 s: {(result.DispatchSeconds < 60 ? "PASS" : "MISS")}); " +
                $"first {result.FirstSeconds:0.0} s, p50 {result.P50Seconds:0.0} s, p95 {result.P95Seconds:0.0} s; {result.RemindersPerSecond:0} reminders/s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sent twice: {result.SentTwice} (target 0: {(result.SentTwice == 0 ? "PASS" : "MISS")}); missing {result.Missing}; " +
                $"{result.StorageOpsPerReminder:0.00} storage round trips per reminder sent (r {storageUsed.Reads} w {storageUsed.Writes} d {storageUsed.Deletes} l {storageUsed.Lists} for {allArrivals.Length:N0})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"CPU over {windowSeconds:0.0} s (percent of one core, {Environment.ProcessorCount} cores): bot {details.BotCpuPercent:0}%, store {details.AzuriteCpuPercent:0}%, driver+connector {details.DriverCpuPercent:0}%, others {details.OthersCpuPercent:0}%; load {loadBefore} -> {loadAfter}"));
            foreach (var (warning, count) in warnings)
            {
                Console.WriteLine($"  bot log: {warning} x{count}");
            }

            if (settings.Quick || overran || settings.Clients != 10_000)
            {
                Console.WriteLine($"(not written to bench/results.json: {(settings.Quick ? "--quick" : overran ? "seeding overran the due minute" : "not 10,000 clients")})");
            }
            else
            {
                var (resultsKey, detailsKey) = onAzurite ? (ResultsKey, DetailsKey) : (ResultsKey + "_local", DetailsKey + "Local");
                await ResultsFiles.SetEntryAsync(BenchFiles.ResultsFile, resultsKey, result);
                await ResultsFiles.SetEntryAsync(BenchFiles.DetailsFile, detailsKey, details);
                Console.WriteLine($"written entry {resultsKey} of bench/results.json and {detailsKey} of bench/results-details.json");
            }

            Console.WriteLine($"done in {total.Elapsed.TotalMinutes:0.0} min");
            return result.Missing == 0 && result.SentTwice == 0 ? 0 : 1;
        }
        finally
        {
            BenchFiles.DeleteScratchFolder(scratch);
        }
    }

    private static async Task<double> SeedAsync(string what, ReminderSeeder.Client[] clients, int parallelism, Func<ReminderSeeder.Client, CancellationToken, Task> seed)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        using var progress = new Timer(_ => Console.WriteLine($"  {what}: {Volatile.Read(ref done):N0} of {clients.Length:N0}"), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
        await Parallel.ForEachAsync(clients, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (client, token) =>
        {
            await seed(client, token);
            Interlocked.Increment(ref done);
        });
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  {what}: {clients.Length:N0} in {seconds:0.0} s");
        return seconds;
    }

    /// <summary>The bot's warnings and errors by category and event id (the bot logs at Warning and above here).</summary>
    private static Dictionary<string, int> LogWarnings(string logPath)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            using var stream = new FileStream(logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (LogLine().Match(line) is { Success: true } match)
                {
                    var message = reader.ReadLine()?.Trim() ?? "";
                    var key = $"{match.Groups[1].Value}: {match.Groups[2].Value}[{match.Groups[3].Value}] {message[..Math.Min(60, message.Length)]}";
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }
        catch (IOException)
        {
        }

        return counts;
    }

    private static DateTimeOffset NextMinute(DateTimeOffset instant)
    {
        var minute = new DateTimeOffset(instant.Year, instant.Month, instant.Day, instant.Hour, instant.Minute, 0, TimeSpan.Zero);
        return minute < instant ? minute.AddMinutes(1) : minute;
    }

    private static double Percentile(double[] sorted, double percent) =>
        sorted.Length == 0 ? 0 : Round(sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)]);

    private static double Round(double value) => Math.Round(value, 2);

    [GeneratedRegex(@"^(warn|fail|crit): ([\w.]+)\[(\d+)\]")]
    private static partial Regex LogLine();
}
