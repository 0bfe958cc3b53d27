using System.Diagnostics;
using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using ReIntegratie.Benchmarks.Hosting;
using ReIntegratie.Benchmarks.Report;

namespace ReIntegratie.Benchmarks.Reminders;

/// <summary>
/// bench azurite-scaling: what one Azurite operation costs against how much Azurite already holds, with
/// Azure.Storage.Blobs and Azure.Storage.Queues only (no bot). For each size a fresh Azurite is filled
/// with that many blobs (and that many invisible queue messages), then creates, reads and deletes of
/// blobs, and sends, receives and deletes of messages are timed with 8 concurrent workers (as the
/// bot's dispatcher runs 8 work items at a time). Explains the reminder benchmark on Azurite.
/// </summary>
public static class AzuriteScaling
{
    private const int Workers = 8;
    private const int Operations = 320;

    public sealed record Row(int Stored, double BlobCreatePerS, double BlobReadPerS, double BlobDeletePerS, double QueueSendPerS, double QueueReceive32PerS, double QueueDeletePerS);

    public static async Task<int> RunAsync(int[] sizes, bool write)
    {
        var scratch = RepositoryPaths.NewScratchFolder();
        var rows = new List<Row>();
        Console.WriteLine($"Azurite operations per second ({Workers} workers) against what Azurite already holds; load {MachineLoad.LoadAverages()}");
        Console.WriteLine("  stored | blob create | blob read | blob delete | queue send | receive 32 | queue delete");
        try
        {
            foreach (var size in sizes)
            {
                await using var azurite = await AzuriteProcess.StartAsync(scratch);
                rows.Add(await MeasureAsync(azurite.ConnectionString, size));
                var r = rows[^1];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {r.Stored,6:N0} | {r.BlobCreatePerS,11:0} | {r.BlobReadPerS,9:0} | {r.BlobDeletePerS,11:0} | {r.QueueSendPerS,10:0} | {r.QueueReceive32PerS,10:0} | {r.QueueDeletePerS,12:0}"));
            }

            if (write)
            {
                await ResultsFiles.SetEntryAsync(RepositoryPaths.DetailsFile, "AzuriteScaling", new { Measured = DateTimeOffset.UtcNow, Load = MachineLoad.LoadAverages(), Workers, Rows = rows });
                Console.WriteLine("written entry AzuriteScaling of bench/results-details.json");
            }

            return 0;
        }
        finally
        {
            RepositoryPaths.DeleteScratchFolder(scratch);
        }
    }

    private static async Task<Row> MeasureAsync(string connectionString, int stored)
    {
        var payload = BinaryData.FromBytes(new byte[2048]);
        var container = new BlobServiceClient(connectionString).GetBlobContainerClient("scaling");
        await container.CreateAsync();
        var queue = new QueueServiceClient(connectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None }).GetQueueClient("scaling");
        await queue.CreateAsync();
        await RateAsync(stored, i => container.GetBlobClient($"fill/{i}.json").UploadAsync(payload));
        await RateAsync(stored, _ => queue.SendMessageAsync("{\"id\":\"fill\"}", TimeSpan.FromHours(1)));

        var create = await RateAsync(Operations, i => container.GetBlobClient($"m/{i}.json").UploadAsync(payload,
            new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }));
        var read = await RateAsync(Operations, i => container.GetBlobClient($"m/{i}.json").DownloadContentAsync());
        var delete = await RateAsync(Operations, i => container.GetBlobClient($"m/{i}.json").DeleteAsync());
        var send = await RateAsync(Operations, _ => queue.SendMessageAsync("{\"id\":\"m\"}"));
        var received = new List<QueueMessage>();
        var receive = await RateAsync(Operations / 32, _ => ReceiveAsync(queue, received), workers: 1);
        var remove = await RateAsync(received.Count, i => queue.DeleteMessageAsync(received[i].MessageId, received[i].PopReceipt));
        return new Row(stored, create, read, delete, send, receive, remove);
    }

    private static async Task ReceiveAsync(QueueClient queue, List<QueueMessage> into)
    {
        var messages = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value;
        lock (into)
        {
            into.AddRange(messages);
        }
    }

    private static async Task<double> RateAsync(int count, Func<int, Task> operation, int workers = Workers)
    {
        if (count == 0)
        {
            return 0;
        }

        var clock = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await operation(i);
            }
        }));
        return Math.Round(count / clock.Elapsed.TotalSeconds, 1);
    }
}
