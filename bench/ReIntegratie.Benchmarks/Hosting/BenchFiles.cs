using System.Globalization;

namespace ReIntegratie.Benchmarks.Hosting;

/// <summary>The benchmark's own files: the results it writes and the scratch folder of a run.</summary>
public static class BenchFiles
{
    public static string ResultsFile => RepositoryRoot.Combine("bench", "results.json");

    public static string DetailsFile => RepositoryRoot.Combine("bench", "results-details.json");

    /// <summary>Scratch space of this run (published bot, local stores, logs); removed at the end.</summary>
    public static string NewScratchFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "reintegratie-bench", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Removes a scratch folder; one still in use by a process that is exiting stays behind.</summary>
    public static void DeleteScratchFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Installs the test tools (Azurite) with npm ci when they are missing.</summary>
    public static async Task EnsureTestToolsAsync(string scratch)
    {
        if (File.Exists(AzuriteProcess.Executable))
        {
            return;
        }

        Console.WriteLine("installing Azurite (npm ci --prefix tests/tools)");
        var tools = RepositoryRoot.Combine("tests", "tools");
        await using var npm = ChildProcess.Start("npm", ["ci", "--prefix", tools, "--no-audit", "--no-fund", "--loglevel=error"], Path.Combine(scratch, "npm.log"));
        if (await npm.WaitForExitAsync(TimeSpan.FromMinutes(5)) != 0 || !File.Exists(AzuriteProcess.Executable))
        {
            throw new InvalidOperationException($"npm ci in tests/tools failed:\n{npm.LogTail()}");
        }
    }
}
