using ReIntegratie.Manifest;

namespace ReIntegratie.Deployment.Tests.Support;

/// <summary>
/// The Teams app packager: through manifest/package.sh the way a person runs it (it installs the Teams schemas
/// on first use and builds the tool), or in-process with the same arguments once the schemas are there.
/// </summary>
public static class ManifestPackager
{
    private static readonly TimeSpan timeout = TimeSpan.FromMinutes(5);

    public static string DefaultPackagePath => RepositoryRoot.Combine("manifest", "build", "ReIntegratie.zip");

    public static Task<ProcessResult> RunScriptAsync(params string[] arguments) =>
        ProcessRunner.RunAsync("bash", [RepositoryRoot.Combine("manifest", "package.sh"), .. arguments], RepositoryRoot.Path, timeout);

    public static async Task<ProcessResult> RunAsync(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] all = ["--manifest-dir", RepositoryRoot.Combine("manifest"), .. arguments];
        var exitCode = await PackageCommand.RunAsync(all, output, error);
        return new ProcessResult("packager " + string.Join(' ', all), exitCode, output.ToString(), error.ToString());
    }
}
