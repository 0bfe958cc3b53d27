using ReIntegratie.Bot.Storage;
using ReIntegratie.Bot.Storage.Local;

namespace ReIntegratie.Bot.Tests.Storage;

/// <summary>
/// JsonDocuments with a cache: updates start from the remembered copy and its ETag, so a copy made stale
/// by another instance costs a conflict and a fresh read, never a lost change; reads always go to the store.
/// </summary>
public sealed class JsonDocumentsCacheTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "reintegratie-jsondocs-" + Guid.NewGuid().ToString("N"));
    private readonly CountingDocumentStore store;
    private readonly JsonDocuments cached;
    private readonly JsonDocuments otherInstance;

    public JsonDocumentsCacheTests()
    {
        store = new CountingDocumentStore(new LocalFolderDocumentStore(folder));
        cached = new JsonDocuments(store, new DocumentCache(100));
        otherInstance = new JsonDocuments(new LocalFolderDocumentStore(folder));
    }

    public sealed record Counter(int Value);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Update_ShouldWriteWithoutReading_WhenThisInstanceWroteTheDocumentLast()
    {
        await cached.SaveAsync("n/a.json", new Counter(1), etag: null, default);
        var before = store.Counts;

        await cached.UpdateAsync<Counter>("n/a.json", c => new Counter(c!.Value + 1), default);

        Assert.Equal(0, store.Counts.Reads - before.Reads);
        Assert.Equal(1, store.Counts.Writes - before.Writes);
        Assert.Equal(2, (await otherInstance.ReadAsync<Counter>("n/a.json", default))!.Value.Value);
    }

    [Fact]
    public async Task Update_ShouldApplyToTheStoredValue_WhenAnotherInstanceChangedItSinceItWasCached()
    {
        await cached.SaveAsync("n/b.json", new Counter(1), etag: null, default);
        await otherInstance.UpdateAsync<Counter>("n/b.json", c => new Counter(c!.Value + 10), default);

        var result = await cached.UpdateAsync<Counter>("n/b.json", c => new Counter(c!.Value + 1), default);

        Assert.Equal(12, result.Value);
        Assert.Equal(12, (await otherInstance.ReadAsync<Counter>("n/b.json", default))!.Value.Value);
    }

    [Fact]
    public async Task Update_ShouldDecideOnTheStoredValue_WhenTheChangeRefusesTheCachedCopy()
    {
        await cached.SaveAsync("n/c.json", new Counter(-1), etag: null, default);
        await otherInstance.UpdateAsync<Counter>("n/c.json", _ => new Counter(5), default);

        var result = await cached.UpdateAsync<Counter>("n/c.json", c => c!.Value < 0 ? throw new InvalidOperationException("negative") : new Counter(c.Value + 1), default);

        Assert.Equal(6, result.Value);
    }

    [Fact]
    public async Task Update_ShouldCreateAgain_WhenTheCachedDocumentWasDeletedElsewhere()
    {
        await cached.SaveAsync("n/d.json", new Counter(7), etag: null, default);
        await otherInstance.DeleteAsync("n/d.json", etag: null, default);

        var result = await cached.UpdateAsync<Counter>("n/d.json", c => new Counter((c?.Value ?? 0) + 1), default);

        Assert.Equal(1, result.Value);
    }

    [Fact]
    public async Task Read_ShouldGoToTheStore_EvenWhenACopyIsCached()
    {
        await cached.SaveAsync("n/e.json", new Counter(1), etag: null, default);
        await otherInstance.UpdateAsync<Counter>("n/e.json", _ => new Counter(2), default);

        Assert.Equal(2, (await cached.ReadAsync<Counter>("n/e.json", default))!.Value.Value);
    }

    [Fact]
    public async Task Put_ShouldCreateInOneRoundTrip_AndReplaceWhatEverIsStored()
    {
        var before = store.Counts;
        await cached.PutAsync("n/f.json", new Counter(1), default);
        Assert.Equal(1, store.Counts.Total - before.Total);

        await otherInstance.UpdateAsync<Counter>("n/f.json", _ => new Counter(50), default);
        await cached.PutAsync("n/f.json", new Counter(3), default);

        Assert.Equal(3, (await otherInstance.ReadAsync<Counter>("n/f.json", default))!.Value.Value);
    }

    [Fact]
    public async Task ConcurrentUpdates_ShouldLoseNothing_WhenTwoCachedInstancesShareTheStore()
    {
        var second = new JsonDocuments(new LocalFolderDocumentStore(folder), new DocumentCache(100));
        var instances = new[] { cached, second };

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            instances[i % 2].UpdateAsync<Counter>("n/g.json", c => new Counter((c?.Value ?? 0) + 1), default))));

        Assert.Equal(40, (await otherInstance.ReadAsync<Counter>("n/g.json", default))!.Value.Value);
    }
}
