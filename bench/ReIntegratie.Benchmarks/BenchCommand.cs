using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ReIntegratie.Benchmarks.Hosting;
using ReIntegratie.Benchmarks.Micro;

namespace ReIntegratie.Benchmarks;

/// <summary>Reads the command line and runs the chosen benchmark.</summary>
public static class BenchCommand
{
    private const string Usage =
        """
        usage: dotnet run -c Release --project bench/ReIntegratie.Benchmarks -- <command> [options]
          all     end-to-end: publish the bot, start Azurite + bot + loopback connector, run every load model
                  on the local store and on Azurite, the storage ceiling, the 10k working set and start-up;
                  prints the table and writes bench/results.json
          micro   hot paths in process with BenchmarkDotNet (further arguments go to BenchmarkDotNet);
                  micro --check runs each benchmark once, without BenchmarkDotNet (a smoke test)
          memory N  the working-set probe alone with N conversations (default 10000)
          reminders  the time the bot takes to dispatch 10,000 registration reminders due in the same minute
                  (Azure Blob + Azure Queue on Azurite, deployed defaults) to the loopback connector: time from
                  the due minute to the last delivery, deliveries per conversation (none twice); writes the
                  reminders_10k entry of bench/results.json
                  options: --store azurite|local (local: local folder + in-process dispatch), --clients N,
                  --bot-parallelism N (Scheduling:MaxParallelism), --seed-parallelism N, --timeout-seconds N (300),
                  --quick, --no-publish, --bot-from-head, --max-load-wait N
          azurite-scaling [N ...]  Azurite's own operation rates with N blobs / queue messages already stored
                  (default 0 2000 10000); writes the AzuriteScaling entry of bench/results-details.json
          azurite-concurrency [N ...]  the storage ceiling with N concurrent writers (default 1 5 10 20 30 50) on one
                  fresh Azurite, with Azurite's CPU per write; writes the AzuriteConcurrency entry of bench/results-details.json
          model <local|azurite> <one|saturation|fixed_rate>
                  one load model on its own (prints the bot's process id, e.g. to attach dotnet-trace)
        options for all:
          --quick                 short windows (a smoke run; figures are not comparable)
          --measure-seconds N     length of each measured window (default 15)
          --warmup-seconds N      warm-up before each window (default 5)
          --process-warmup-seconds N  load on each fresh bot before its first measurement (default 30)
          --channel NAME          webchat (Adaptive Cards, default) or sms (numbered text)
          --max-load-wait N       seconds to wait for a 1-minute load average below 2 (default 180)
          --no-publish            reuse the last published bot
          --bot-from-head         publish the bot of the last commit (git archive HEAD), not the working tree
          --rate N                fixed-rate model: turns/s (default 400 local, 150 azurite)
          --trace-ops             model ... one: list every turn of a journey that costs other than one storage write
          --dump-latencies FILE   model ... fixed_rate: write each measured turn's start and latency as CSV
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => ChildProcess.KillAllStarted();
        Console.CancelKeyPress += (_, _) => ChildProcess.KillAllStarted();
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        switch (args[0])
        {
            case "all":
                BenchSettings settings;
                try
                {
                    settings = BenchSettings.Parse(args[1..]);
                }
                catch (ArgumentException exception)
                {
                    Console.Error.WriteLine(exception.Message);
                    Console.Error.WriteLine(Usage);
                    return 2;
                }

                return await EndToEndRun.RunAsync(settings);

            case "model" when args.Length >= 3 && args[1] is "local" or "azurite" && args[2] is "one" or "saturation" or "fixed_rate":
                try
                {
                    return await SingleModelRun.RunAsync(BenchSettings.Parse(args[3..]), args[1], args[2]);
                }
                catch (ArgumentException exception)
                {
                    Console.Error.WriteLine(exception.Message);
                    return 2;
                }

            case "reminders":
                try
                {
                    return await Reminders.ReminderRun.RunAsync(Reminders.ReminderSettings.Parse(args[1..]));
                }
                catch (ArgumentException exception)
                {
                    Console.Error.WriteLine(exception.Message);
                    return 2;
                }

            case "azurite-scaling":
                var sizes = args.Length > 1 ? args[1..].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [0, 2_000, 10_000];
                return await Reminders.AzuriteScaling.RunAsync(sizes, write: args.Length == 1);

            case "azurite-concurrency":
                var writers = args.Length > 1 ? args[1..].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [1, 5, 10, 20, 30, 50];
                return await Load.AzuriteConcurrency.RunAsync(writers, payloadBytes: 4_845, write: args.Length == 1);

            case "memory":
                return await SingleModelRun.MemoryAsync(args.Length > 1 && int.TryParse(args[1], out var n) ? n : 10_000, BenchSettings.Parse(args.Length > 2 ? args[2..] : []));

            case "micro" when args.Contains("--check"):
                return await HotPathBenchmarks.CheckAsync(Console.Out);

            case "micro":
                var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(RepositoryPaths.Root, "bench", "BenchmarkDotNet.Artifacts"));
                BenchmarkRunner.Run([typeof(HotPathBenchmarks), typeof(CacheBenchmarks)], config, args[1..]);
                return 0;

            default:
                Console.Error.WriteLine($"unknown command '{args[0]}'");
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }
}
