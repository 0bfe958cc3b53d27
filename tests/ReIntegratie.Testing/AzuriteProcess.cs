using System.Globalization;
using System.Text.RegularExpressions;

namespace ReIntegratie.Testing;

/// <summary>
/// The Azure Storage emulator Azurite from tests/tools, on 127.0.0.1, account devstoreaccount1 with the
/// emulator's well-known key. It binds to port 0 and the ports it got are read back from its output, so
/// two runs never race for a port; a restart (<see cref="RestartAsync"/>) asks for the same ports again.
/// </summary>
public sealed partial class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90); // generous: a shared, busy machine starts node slowly
    private readonly string? dataFolder;
    private readonly string? logPath;

    private AzuriteProcess(ChildProcess process, int blobPort, int queuePort, string? dataFolder, string? logPath)
    {
        Process = process;
        BlobPort = blobPort;
        QueuePort = queuePort;
        this.dataFolder = dataFolder;
        this.logPath = logPath;
    }

    public static string Executable => RepositoryRoot.Combine("tests", "tools", "node_modules", ".bin", "azurite");

    public ChildProcess Process { get; private set; }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;";

    /// <param name="dataFolder">Keep the data on disk there (it survives a restart); in memory when null.</param>
    /// <param name="logPath">Where Azurite's output goes; a temporary file when null.</param>
    public static async Task<AzuriteProcess> StartAsync(string? dataFolder = null, string? logPath = null)
    {
        var (process, blobPort, queuePort) = await LaunchAsync(dataFolder, logPath, blobPort: 0, queuePort: 0);
        return new AzuriteProcess(process, blobPort, queuePort, dataFolder, logPath);
    }

    /// <summary>
    /// Stops Azurite as an operator would: it closes its services and, on disk, saves its data. Fails when it
    /// did not end that way (killed, or ended by the signal itself), since the data on disk is then not to be trusted.
    /// </summary>
    public async Task StopAsync()
    {
        var exitCode = await Process.StopAsync();
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"Azurite did not close cleanly (exit code {exitCode}).\n{Process.LogTail()}");
        }
    }

    /// <summary>Starts it again on the same ports (after <see cref="StopAsync"/>), with the data it kept on disk.</summary>
    public async Task RestartAsync()
    {
        await Process.DisposeAsync();
        (Process, _, _) = await LaunchAsync(dataFolder, logPath, BlobPort, QueuePort);
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();

    private static async Task<(ChildProcess Process, int BlobPort, int QueuePort)> LaunchAsync(string? dataFolder, string? logPath, int blobPort, int queuePort)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: run 'npm ci --prefix tests/tools' (bash tests/run.sh and the benchmarks do).");
        }

        List<string> arguments =
        [
            "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--blobPort", Port(blobPort),
            "--queueHost", "127.0.0.1", "--queuePort", Port(queuePort),
            "--tableHost", "127.0.0.1", "--tablePort", "0",
        ];
        arguments.AddRange(dataFolder is null ? ["--inMemoryPersistence"] : ["--location", dataFolder]);
        var process = ChildProcess.Start(Executable, arguments, logPath, watch: ListeningLine());
        try
        {
            // Azurite prints one such line per service once it accepts connections. It installs its shutdown
            // handler (which saves the data) only after the last one, the table service's, so "started" waits
            // for that line too: a stop before it would end the process without saving.
            var ports = new Dictionary<string, int>(StringComparer.Ordinal);
            while (!(ports.ContainsKey("Blob") && ports.ContainsKey("Queue") && ports.ContainsKey("Table")))
            {
                var line = await process.NextMatchAsync(StartLimit, "Azurite did not start listening");
                ports[line.Groups["service"].Value] = int.Parse(line.Groups["port"].Value, CultureInfo.InvariantCulture);
            }

            return (process, ports["Blob"], ports["Queue"]);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at http://127\.0\.0\.1:(?<port>\d+)")]
    private static partial Regex ListeningLine();
}
