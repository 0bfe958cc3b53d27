namespace ReIntegratie.Deployment.Tests.Support;

/// <summary>
/// One run of manifest/package.sh with valid arguments, shared by a test class: it installs the Teams
/// schemas that the in-process runs then use, and writes the package to its default place.
/// </summary>
public sealed class PackageScriptRun : IAsyncLifetime
{
    public const string AppId = "6f1c1d9e-0b1a-4c55-9a37-2f6d8e4b7a10";
    public const string BotId = "2b7e4c1a-93d5-4f0e-8c6b-1d2e3f4a5b6c";
    public const string Domain = "reintegratie-test.azurewebsites.net";

    public ProcessResult Result { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Result = await ManifestPackager.RunScriptAsync("--app-id", AppId, "--bot-id", BotId, "--domain", Domain);

    public Task DisposeAsync() => Task.CompletedTask;
}
