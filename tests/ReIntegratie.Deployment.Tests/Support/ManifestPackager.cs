namespace ReIntegratie.Deployment.Tests.Support;

/// <summary>Runs manifest/package.sh the way a person would (it installs its own npm packages on first use).</summary>
public static class ManifestPackager
{
    private static readonly TimeSpan timeout = TimeSpan.FromMinutes(5);

    public static string DefaultPackagePath => RepositoryRoot.Combine("manifest", "build", "ReIntegratie.zip");

    public static Task<ProcessResult> RunAsync(params string[] arguments) =>
        ProcessRunner.RunAsync("bash", [RepositoryRoot.Combine("manifest", "package.sh"), .. arguments], RepositoryRoot.Path, timeout);
}
