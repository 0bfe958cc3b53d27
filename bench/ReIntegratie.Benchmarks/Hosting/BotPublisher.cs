namespace ReIntegratie.Benchmarks.Hosting;

/// <summary>
/// Publishes the bot in Release (dotnet publish bot -c Release), as it is deployed. Other builds may hold
/// the bot's obj folder for a moment, so a failed publish is retried a few times.
/// </summary>
public static class BotPublisher
{
    /// <summary>Publishes the bot, or with <paramref name="publish"/> false (--no-publish) reuses the last published one.</summary>
    public static async Task<string> PublishOrReuseAsync(string scratch, bool publish, bool fromHead)
    {
        if (!publish)
        {
            return File.Exists(BotDll) ? BotDll : throw new InvalidOperationException("--no-publish: no published bot yet; run once without it");
        }

        Console.WriteLine("== publishing the bot (dotnet publish bot -c Release)");
        return await PublishAsync(scratch, fromHead);
    }

    public static string OutputFolder => Path.Combine(Path.GetTempPath(), "reintegratie-bench", "publish");

    public static string BotDll => Path.Combine(OutputFolder, "ReIntegratie.Bot.dll");

    /// <summary>
    /// Publishes the bot of the working tree, or (fromHead) of the last commit, exported with git archive
    /// into the scratch folder: for measuring while uncommitted work in the tree does not build or start.
    /// </summary>
    public static async Task<string> PublishAsync(string scratch, bool fromHead = false)
    {
        var root = fromHead ? await ExportHeadAsync(scratch) : RepositoryPaths.Root;
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

    /// <summary>The commit that was published with fromHead, e.g. "e8bc072"; null for the working tree.</summary>
    public static string? PublishedCommit { get; private set; }

    private static async Task<string> ExportHeadAsync(string scratch)
    {
        var source = Path.Combine(scratch, "head-source");
        Directory.CreateDirectory(source);
        var archive = Path.Combine(scratch, "head.tar");
        await using (var git = ChildProcess.Start("git", ["-C", RepositoryPaths.Root, "archive", "--format=tar", "-o", archive, "HEAD"], Path.Combine(scratch, "git-archive.log")))
        {
            if (await git.WaitForExitAsync(TimeSpan.FromMinutes(1)) != 0)
            {
                throw new InvalidOperationException($"git archive HEAD failed:\n{git.LogTail()}");
            }
        }

        await using (var tar = ChildProcess.Start("tar", ["-xf", archive, "-C", source], Path.Combine(scratch, "tar.log")))
        {
            if (await tar.WaitForExitAsync(TimeSpan.FromMinutes(1)) != 0)
            {
                throw new InvalidOperationException($"unpacking HEAD failed:\n{tar.LogTail()}");
            }
        }

        await using (var rev = ChildProcess.Start("git", ["-C", RepositoryPaths.Root, "rev-parse", "--short", "HEAD"], Path.Combine(scratch, "git-rev.log")))
        {
            await rev.WaitForExitAsync(TimeSpan.FromSeconds(30));
            PublishedCommit = rev.LogTail(1).Trim();
        }

        return source;
    }
}
