namespace ReIntegratie.Testing;

/// <summary>
/// An Azurite process of the test's own (data on disk in a temp folder), so the test can stop and
/// restart it without disturbing other tests that share the suite's Azurite.
/// </summary>
public sealed class PrivateAzurite : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "reintegratie-azurite-" + Guid.NewGuid().ToString("N"));
    private AzuriteProcess? azurite;
    private bool stopped;

    public string ConnectionString => azurite?.ConnectionString ?? throw new InvalidOperationException("Start it first.");

    /// <summary>Starts Azurite; after <see cref="StopAsync"/>, again on the same ports with the data it kept.</summary>
    public async Task StartAsync()
    {
        if (azurite is null)
        {
            Directory.CreateDirectory(folder);
            azurite = await AzuriteProcess.StartAsync(folder);
        }
        else if (stopped)
        {
            await azurite.RestartAsync();
        }

        stopped = false;
    }

    /// <summary>Stops Azurite as an operator would (it closes and saves its data), falling back to a kill.</summary>
    public async Task StopAsync()
    {
        if (azurite is not null)
        {
            await azurite.StopAsync();
            stopped = true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // DirectoryNotFoundException too: never started
        }
    }
}
