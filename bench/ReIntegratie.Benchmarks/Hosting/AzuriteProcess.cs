namespace ReIntegratie.Benchmarks.Hosting;

/// <summary>
/// The Azurite emulator from tests/tools (installed with npm ci when missing), in memory, on free
/// loopback ports. Account devstoreaccount1 with the emulator's well-known key.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly ChildProcess process;
    private readonly int blobPort;
    private readonly int queuePort;

    private AzuriteProcess(ChildProcess process, int blobPort, int queuePort)
    {
        this.process = process;
        this.blobPort = blobPort;
        this.queuePort = queuePort;
    }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;";

    public ChildProcess Process => process;

    public static async Task<AzuriteProcess> StartAsync(string scratch)
    {
        var tools = Path.Combine(RepositoryPaths.Root, "tests", "tools");
        var executable = Path.Combine(tools, "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            Console.WriteLine("installing Azurite (npm ci --prefix tests/tools)");
            await using var npm = ChildProcess.Start("npm", ["ci", "--prefix", tools, "--no-audit", "--no-fund", "--loglevel=error"], Path.Combine(scratch, "npm.log"));
            if (await npm.WaitForExitAsync(TimeSpan.FromMinutes(5)) != 0 || !File.Exists(executable))
            {
                throw new InvalidOperationException($"npm ci in tests/tools failed:\n{npm.LogTail()}");
            }
        }

        var (blobPort, queuePort, tablePort) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        var process = ChildProcess.Start(executable,
        [
            "--silent", "--skipApiVersionCheck", "--inMemoryPersistence", "--disableProductStyleUrl",
            "--blobHost", "127.0.0.1", "--blobPort", Port(blobPort),
            "--queueHost", "127.0.0.1", "--queuePort", Port(queuePort),
            "--tableHost", "127.0.0.1", "--tablePort", Port(tablePort),
        ], Path.Combine(scratch, "azurite.log"));
        var azurite = new AzuriteProcess(process, blobPort, queuePort);
        try
        {
            await FreePort.WaitUntilListeningAsync(blobPort, () => process.HasExited, TimeSpan.FromSeconds(30), "Azurite");
            await FreePort.WaitUntilListeningAsync(queuePort, () => process.HasExited, TimeSpan.FromSeconds(30), "Azurite");
        }
        catch (Exception exception)
        {
            await azurite.DisposeAsync();
            throw new InvalidOperationException($"{exception.Message}\n{process.LogTail()}", exception);
        }

        return azurite;
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();

    private static string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
