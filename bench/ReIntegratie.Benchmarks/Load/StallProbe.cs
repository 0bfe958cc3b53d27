using System.Diagnostics;
using Azure.Storage.Blobs;

namespace ReIntegratie.Benchmarks.Load;

/// <summary>
/// For finding who stalls (with --dump-latencies): every 20 ms, how late this driver's own timer
/// fires, how long the bot takes to answer GET /healthz (no storage involved), and how long the store
/// takes to answer a blob property read. A stall in all three is the machine; in one, that process.
/// </summary>
public sealed class StallProbe : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly List<string> lines = ["start_s,driver_timer_late_ms,bot_healthz_ms,store_read_ms"];
    private readonly Task loop;

    private StallProbe(Uri botHealth, BlobClient? storeBlob, long origin) => loop = RunAsync(botHealth, storeBlob, origin);

    public static async Task<StallProbe> StartAsync(Uri botHealth, string? storeConnectionString, long origin)
    {
        BlobClient? blob = null;
        if (storeConnectionString is not null)
        {
            var container = new BlobServiceClient(storeConnectionString).GetBlobContainerClient("stallprobe");
            await container.CreateIfNotExistsAsync();
            blob = container.GetBlobClient("probe.json");
            await blob.UploadAsync(BinaryData.FromString("{}"), overwrite: true);
        }

        return new StallProbe(botHealth, blob, origin);
    }

    public async Task WriteAsync(string path)
    {
        await stop.CancelAsync();
        await loop;
        await File.WriteAllLinesAsync(path, lines);
    }

    private async Task RunAsync(Uri botHealth, BlobClient? storeBlob, long origin)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var next = Stopwatch.GetTimestamp();
        while (!stop.IsCancellationRequested)
        {
            next += Stopwatch.Frequency / 50;
            var wait = (next - Stopwatch.GetTimestamp()) * 1000 / Stopwatch.Frequency;
            try
            {
                await Task.Delay((int)Math.Max(1, wait), stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var woke = Stopwatch.GetTimestamp();
            var late = (woke - next) * 1000.0 / Stopwatch.Frequency;
            var bot = await TimeAsync(() => http.GetAsync(botHealth));
            var store = storeBlob is null ? double.NaN : await TimeAsync(() => storeBlob.GetPropertiesAsync());
            lock (lines)
            {
                lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{(woke - origin) / (double)Stopwatch.Frequency:0.000},{late:0.0},{bot:0.0},{store:0.0}"));
            }

            next = Math.Max(next, Stopwatch.GetTimestamp());
        }
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await call();
        }
        catch (Exception exception) when (exception is HttpRequestException or Azure.RequestFailedException)
        {
            return -1;
        }

        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    public async ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            await stop.CancelAsync();
            await loop;
        }

        stop.Dispose();
    }
}
