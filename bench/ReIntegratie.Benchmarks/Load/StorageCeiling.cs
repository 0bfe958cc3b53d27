using System.Diagnostics;
using Azure;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace ReIntegratie.Benchmarks.Load;

/// <summary>
/// What the store itself can take: N workers with Azure.Storage.Blobs, each replacing a blob of its own
/// conditionally (If-Match on the ETag of its previous write) as fast as it can, with a payload the
/// size of a conversation document. No bot involved: this is the ceiling for "one write per turn".
/// </summary>
public static class StorageCeiling
{
    public sealed record Result(double WritesPerSecond, double P50Ms, double P99Ms, int PayloadBytes, int Workers, double StoreCpuPercent, double DriverCpuPercent);

    public static async Task<Result> RunAsync(string connectionString, int workers, int payloadBytes, TimeSpan warmup, TimeSpan measure, ChildProcess store)
    {
        var options = new BlobClientOptions
        {
            Transport = new HttpClientTransport(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, UseProxy = false }),
        };
        var container = new BlobServiceClient(connectionString, options).GetBlobContainerClient("ceiling-" + Guid.NewGuid().ToString("N")[..12]);
        await container.CreateIfNotExistsAsync();
        var payload = BinaryData.FromBytes(Enumerable.Range(0, payloadBytes).Select(i => (byte)('a' + i % 26)).ToArray());
        var headers = new BlobHttpHeaders { ContentType = "application/json" };

        var blobs = new BlobClient[workers];
        var etags = new ETag[workers];
        for (var i = 0; i < workers; i++)
        {
            blobs[i] = container.GetBlobClient($"conversations/ceiling/w{i}.json");
            var created = await blobs[i].UploadAsync(payload, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All }, HttpHeaders = headers });
            etags[i] = created.Value.ETag;
        }

        var start = Stopwatch.GetTimestamp();
        var from = start + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var end = from + (long)(measure.TotalSeconds * Stopwatch.Frequency);
        var recorder = new LatencyRecorder();
        var writes = 0;
        TimeSpan storeCpu = TimeSpan.Zero, driverCpu = TimeSpan.Zero;
        var sampler = Task.Run(async () =>
        {
            await Task.Delay(warmup);
            var (s0, d0) = (store.CpuTime(), Process.GetCurrentProcess().TotalProcessorTime);
            await Task.Delay(measure);
            (storeCpu, driverCpu) = (store.CpuTime() - s0, Process.GetCurrentProcess().TotalProcessorTime - d0);
        });

        await Task.WhenAll(Enumerable.Range(0, workers).Select(async i =>
        {
            await Task.Yield();
            while (Stopwatch.GetTimestamp() < end)
            {
                var began = Stopwatch.GetTimestamp();
                var response = await blobs[i].UploadAsync(payload, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = etags[i] }, HttpHeaders = headers });
                etags[i] = response.Value.ETag;
                var done = Stopwatch.GetTimestamp();
                if (done >= from && done < end)
                {
                    Interlocked.Increment(ref writes);
                    recorder.Add((done - began) * 1000.0 / Stopwatch.Frequency);
                }
            }
        }));
        await sampler;
        await container.DeleteIfExistsAsync();

        return new Result(Math.Round(writes / measure.TotalSeconds, 1), Math.Round(recorder.Percentile(50), 2), Math.Round(recorder.Percentile(99), 2), payloadBytes, workers,
            Math.Round(storeCpu.TotalSeconds / measure.TotalSeconds * 100, 1), Math.Round(driverCpu.TotalSeconds / measure.TotalSeconds * 100, 1));
    }

    public sealed record OpenLoopResult(double Rate, double P50Ms, double P95Ms, double P99Ms, double MaxMs, int Writes);

    /// <summary>
    /// Azurite alone at a fixed rate: conditional writes scheduled at t0 + k / rate over
    /// <paramref name="blobCount"/> blobs (never two in flight on one blob), latency from the schedule.
    /// Run at the write rate the bot's fixed-rate model causes, it shows the store's own latency tail.
    /// </summary>
    public static async Task<OpenLoopResult> OpenLoopAsync(string connectionString, double rate, int blobCount, int payloadBytes, TimeSpan warmup, TimeSpan measure)
    {
        var options = new BlobClientOptions
        {
            Transport = new HttpClientTransport(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, UseProxy = false }),
        };
        var container = new BlobServiceClient(connectionString, options).GetBlobContainerClient("openloop-" + Guid.NewGuid().ToString("N")[..12]);
        await container.CreateIfNotExistsAsync();
        var payload = BinaryData.FromBytes(Enumerable.Range(0, payloadBytes).Select(i => (byte)('a' + i % 26)).ToArray());
        var headers = new BlobHttpHeaders { ContentType = "application/json" };
        var idle = System.Threading.Channels.Channel.CreateUnbounded<(BlobClient Blob, ETag ETag)>();
        for (var i = 0; i < blobCount; i++)
        {
            var blob = container.GetBlobClient($"conversations/openloop/b{i}.json");
            var created = await blob.UploadAsync(payload, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All }, HttpHeaders = headers });
            idle.Writer.TryWrite((blob, created.Value.ETag));
        }

        var recorder = new LatencyRecorder();
        var interval = Stopwatch.Frequency / rate;
        var t0 = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 10;
        var from = t0 + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var end = from + (long)(measure.TotalSeconds * Stopwatch.Frequency);
        var inFlight = new List<Task>();
        for (long k = 0; ; k++)
        {
            var scheduled = t0 + (long)(k * interval);
            if (scheduled >= end)
            {
                break;
            }

            while (scheduled - Stopwatch.GetTimestamp() > 0)
            {
                await Task.Delay(Math.Max(1, (int)((scheduled - Stopwatch.GetTimestamp()) * 1000 / Stopwatch.Frequency)));
            }

            var target = await idle.Reader.ReadAsync();
            inFlight.Add(WriteAsync(target.Blob, target.ETag, scheduled));
        }

        await Task.WhenAll(inFlight);
        await container.DeleteIfExistsAsync();
        return new OpenLoopResult(rate, Math.Round(recorder.Percentile(50), 2), Math.Round(recorder.Percentile(95), 2), Math.Round(recorder.Percentile(99), 2), Math.Round(recorder.Max(), 1), recorder.Count);

        async Task WriteAsync(BlobClient blob, ETag etag, long scheduled)
        {
            var response = await blob.UploadAsync(payload, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = etag }, HttpHeaders = headers });
            if (scheduled >= from)
            {
                recorder.Add((Stopwatch.GetTimestamp() - scheduled) * 1000.0 / Stopwatch.Frequency);
            }

            idle.Writer.TryWrite((blob, response.Value.ETag));
        }
    }

    /// <summary>The mean size of the conversation documents the bot stored in a container (the ceiling's payload size).</summary>
    public static async Task<int> MeanConversationDocumentBytesAsync(string connectionString, string containerName)
    {
        var container = new BlobServiceClient(connectionString).GetBlobContainerClient(containerName);
        long total = 0;
        var count = 0;
        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = "conversations/" }))
        {
            total += blob.Properties.ContentLength ?? 0;
            count++;
        }

        return count == 0 ? 4096 : (int)(total / count);
    }
}
