namespace ReIntegratie.Benchmarks.Hosting;

/// <summary>Where the repository and the benchmark's own files are.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ResultsFile => Path.Combine(Root, "bench", "results.json");

    public static string DetailsFile => Path.Combine(Root, "bench", "results-details.json");

    /// <summary>Scratch space of this run (published bot, local stores, logs); removed at the end.</summary>
    public static string NewScratchFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "reintegratie-bench", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + Environment.ProcessId);
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

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ReIntegratie.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("ReIntegratie.sln not found above the working directory or the benchmark assembly.");
    }
}
