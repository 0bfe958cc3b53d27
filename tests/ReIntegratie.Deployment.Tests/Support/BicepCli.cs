using System.Reflection;

namespace ReIntegratie.Deployment.Tests.Support;

/// <summary>
/// The Bicep CLI from the restored Azure.Bicep.CommandLine.linux-x64 package; the build writes its path
/// into this assembly (AssemblyMetadata "BicepPath"), so nothing has to be installed by hand.
/// </summary>
public static class BicepCli
{
    private static readonly TimeSpan timeout = TimeSpan.FromMinutes(3);
    private static readonly Lazy<string> executable = new(Locate);

    public static string ExecutablePath => executable.Value;

    public static Task<ProcessResult> RunAsync(params string[] arguments) =>
        ProcessRunner.RunAsync(ExecutablePath, arguments, RepositoryRoot.Path, timeout);

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "BicepPath")?.Value;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package was not found (BicepPath '{path}'). Restore and build the test project.");
        }

        // NuGet does not always keep the executable bit of package content.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return path;
    }
}
