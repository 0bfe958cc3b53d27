namespace ReIntegratie.Benchmarks.Hosting;

/// <summary>
/// Publishes the bot in Release (dotnet publish bot -c Release), as it is deployed. Other builds may hold
/// the bot's obj folder for a moment, so a failed publish is retried a few times.
/// </summary>
public static class BotPublisher
{
    /// <summary>Publishes the bot, or with <paramref name="publish"/> false (--no-publish) reuses the last published one.</summary>
    public static async Task<string> PublishOrReuseAsync(string scratch, bool publish)
    {
        if (!publish)
        {
            return File.Exists(BotDll) ? BotDll : throw new InvalidOperationException("--no-publish: no published bot yet; run once without it");
        }

        Console.WriteLine("== publishing the bot (dotnet publish bot -c Release)");
        return await PublishAsync(scratch);
    }

    public static string OutputFolder => Path.Combine(Path.GetTempPath(), "reintegratie-bench", "publish");

    public static string BotDll => Path.Combine(OutputFolder, "ReIntegratie.Bot.dll");

    /// <summary>Publishes the bot of the working tree.</summary>
    public static async Task<string> PublishAsync(string scratch)
    {
        var root = RepositoryRoot.Path;
        for (var attempt = 1; ; attempt++)
        {
            var logPath = Path.Combine(scratch, $"publish-{attempt}.log");
            await using var publish = ChildProcess.Start("dotnet",
                ["publish", Path.Combine(root, "bot", "ReIntegratie.Bot.csproj"), "-c", "Release", "-o", OutputFolder, "--nologo", "-v", "quiet"],
                logPath,
                new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" });
            var exitCode = await publish.WaitForExitAsync(TimeSpan.FromMinutes(5));
            if (exitCode == 0 && File.Exists(BotDll))
            {
                return BotDll;
            }

            var tail = publish.LogTail(15);
            if (attempt >= 4)
            {
                throw new InvalidOperationException($"dotnet publish bot failed (exit {exitCode}):\n{tail}");
            }

            Console.WriteLine($"  publish failed (attempt {attempt}, another build may hold a file); retrying in {attempt * 10} s");
            await Task.Delay(TimeSpan.FromSeconds(attempt * 10));
        }
    }
}
