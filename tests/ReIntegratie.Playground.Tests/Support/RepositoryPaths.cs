namespace ReIntegratie.Playground.Tests.Support;

/// <summary>Where test artifacts go: TestResults/playground/ (git-ignored) and docs/ of this repository.</summary>
public static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string Artifacts => Path.Combine(Root, "TestResults", "playground");

    public static string Artifact(string name) =>
        Path.Combine(Artifacts, $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.png");
}
