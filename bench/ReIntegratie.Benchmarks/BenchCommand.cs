using System.CommandLine;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ReIntegratie.Benchmarks.Micro;
using ReIntegratie.Benchmarks.Reminders;

namespace ReIntegratie.Benchmarks;

/// <summary>The command line: all, reminders and micro, each with --help.</summary>
public static class BenchCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("ReIntegratie benchmarks (see BENCHMARKS.md): dotnet run -c Release --project bench/ReIntegratie.Benchmarks -- <command>")
        {
            BenchSettings.Command(),
            ReminderSettings.Command(),
            Micro(),
        };
        return root.Parse(args).InvokeAsync();
    }

    private static Command Micro()
    {
        var check = new Option<bool>("--check") { Description = "Run each benchmark once, without BenchmarkDotNet: a smoke test of the fixture (seconds)." };
        var command = new Command("micro",
            "The hot paths of a turn in process with BenchmarkDotNet (about 2 min). Arguments it does not know go to BenchmarkDotNet, e.g. --filter '*parse*'.")
        {
            check,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, _) =>
        {
            if (parse.GetValue(check))
            {
                return await HotPathBenchmarks.CheckAsync(Console.Out);
            }

            // BenchmarkDotNet builds a copy of this project (bot included) first; on a busy shared machine that takes longer than its default 2 min.
            var config = DefaultConfig.Instance
                .WithArtifactsPath(RepositoryRoot.Combine("bench", "BenchmarkDotNet.Artifacts"))
                .WithBuildTimeout(TimeSpan.FromMinutes(10));
            BenchmarkRunner.Run([typeof(HotPathBenchmarks), typeof(CacheBenchmarks)], config, [.. parse.UnmatchedTokens]);
            return 0;
        });
        return command;
    }
}
