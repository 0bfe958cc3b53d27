using ReIntegratie.Deployment.Tests.Support;

namespace ReIntegratie.Deployment.Tests.Infra;

/// <summary>infra/main.bicep compiled once by the Bicep CLI, shared by the infrastructure tests.</summary>
public sealed class CompiledMainTemplate : IAsyncLifetime
{
    private readonly string outputFolder = Directory.CreateTempSubdirectory("reintegratie-bicep-").FullName;

    public ProcessResult Build { get; private set; } = null!;

    /// <summary>The ARM JSON; the build must have succeeded.</summary>
    public ArmTemplate Template { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var outputFile = Path.Combine(outputFolder, "main.json");
        Build = await BicepCli.RunAsync("build", RepositoryRoot.Combine("infra", "main.bicep"), "--outfile", outputFile);
        Template = File.Exists(outputFile)
            ? ArmTemplate.Parse(await File.ReadAllTextAsync(outputFile))
            : new ArmTemplate([]);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(outputFolder, recursive: true);
        return Task.CompletedTask;
    }
}
