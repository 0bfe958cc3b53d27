using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Benchmarks.Micro;

/// <summary>
/// The conversation cache (<see cref="DocumentCache"/>, a size-limited MemoryCache) on the turn's hot path,
/// holding the default 2,000 documents. "Turn" is what every turn of a known conversation does (a hit, then a
/// set after the conditional write); "new conversation" is a miss and a set into the full cache.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InThisProcess))]
public class CacheBenchmarks
{
    private const int Capacity = 2_000;
    private readonly StoredDocument document = new("conversations/webchat/c.json", new byte[4_800], "\"0x1\"");
    private string[] known = [];
    private string[] fresh = [];
    private DocumentCache cache = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        known = Enumerable.Range(0, Capacity).Select(i => $"conversations/webchat/known-{i}.json").ToArray();
        fresh = Enumerable.Range(0, 100_000).Select(i => $"conversations/webchat/new-{i}.json").ToArray();
        cache = new DocumentCache(Capacity);
        foreach (var key in known)
        {
            cache.Set(key, document);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => cache.Dispose();

    [Benchmark(Description = "conversation cache: turn (hit + set)")]
    public bool Turn() => HitThenSet(known[next++ % known.Length]);

    [Benchmark(Description = "conversation cache: new conversation (miss + set, full)")]
    public bool NewConversation() => HitThenSet(fresh[next++ % fresh.Length]);

    private bool HitThenSet(string key)
    {
        var hit = cache.TryGet(key, out _);
        cache.Set(key, document);
        return hit;
    }

    /// <summary>In this process: nothing to build, so the run takes seconds, also on a busy machine.</summary>
    private sealed class InThisProcess : ManualConfig
    {
        public InThisProcess() => AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(3)
            .WithIterationCount(8)
            .WithIterationTime(TimeInterval.FromMilliseconds(100)));
    }
}
