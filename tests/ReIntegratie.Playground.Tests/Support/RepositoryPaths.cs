namespace ReIntegratie.Playground.Tests.Support;

/// <summary>Where test artifacts go: TestResults/playground/ (git-ignored) and docs/ of this repository.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Artifacts => Path.Combine(Root, "TestResults", "playground");

    public static string Artifact(string name) =>
        Path.Combine(Artifacts, $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.png");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReIntegratie.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ReIntegratie.sln not found above " + AppContext.BaseDirectory);
    }
}
