using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>
/// An Azurite process of the test's own (data on disk in a temp folder), so the test can stop and
/// restart it without disturbing other tests that share the suite's Azurite.
/// </summary>
public sealed class PrivateAzurite : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "reintegratie-azurite-" + Guid.NewGuid().ToString("N"));
    private readonly int blobPort = FreePort();
    private readonly int queuePort = FreePort();
    private readonly int tablePort = FreePort();
    private Process? process;

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;";

    public async Task StartAsync()
    {
        var executable = Path.Combine(RepositoryRoot(), "tests", "tools", "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing: run 'bash tests/run.sh' (it installs the test tools).");
        }

        Directory.CreateDirectory(folder);
        process = Process.Start(new ProcessStartInfo(executable,
            $"--silent --skipApiVersionCheck --location \"{folder}\" --blobHost 127.0.0.1 --blobPort {blobPort} --queueHost 127.0.0.1 --queuePort {queuePort} --tableHost 127.0.0.1 --tablePort {tablePort}")
        {
            RedirectStandardOutput = false,
            RedirectStandardError = false,
        })!;
        for (var i = 0; i < 300; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The private Azurite exited with code {process.ExitCode}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, blobPort);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("The private Azurite did not start within 30 seconds.");
    }

    /// <summary>Stops Azurite as an operator would (SIGINT: it closes and saves its data), falling back to a kill.</summary>
    public async Task StopAsync()
    {
        if (process is not { HasExited: false } running)
        {
            return;
        }

        using (var interrupt = Process.Start("kill", ["-INT", running.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await interrupt.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await running.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReIntegratie.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ReIntegratie.sln not found above the test assembly.");
    }
}
