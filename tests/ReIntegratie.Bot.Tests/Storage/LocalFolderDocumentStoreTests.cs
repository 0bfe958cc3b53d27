using ReIntegratie.Bot.Storage.Local;

namespace ReIntegratie.Bot.Tests.Storage;

public sealed class LocalFolderDocumentStoreTests : DocumentStoreContract
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "reintegratie-store-" + Guid.NewGuid().ToString("N"));

    public override Task InitializeAsync()
    {
        Store = new LocalFolderDocumentStore(folder);
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TwoStoresOnOneFolder_ShouldLoseNothing_LikeTwoProcessesWould()
    {
        var other = new LocalFolderDocumentStore(folder);
        var documents = new[] { new ReIntegratie.Bot.Storage.JsonDocuments(Store), new ReIntegratie.Bot.Storage.JsonDocuments(other) };

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            documents[i % 2].UpdateAsync<Counter>("counters/two.json", current => new Counter((current?.Value ?? 0) + 1), default))));

        Assert.Equal(40, (await documents[0].ReadAsync<Counter>("counters/two.json", default))!.Value.Value);
    }

    [Fact]
    public async Task List_ShouldNotShowTemporaryOrLockFiles()
    {
        await Store.CreateAsync("x/doc.json", "{}"u8.ToArray(), default);
        await File.WriteAllTextAsync(Path.Combine(folder, "x", ".tmp-leftover"), "half");

        var listed = new List<string>();
        await foreach (var key in Store.ListAsync("", default))
        {
            listed.Add(key);
        }

        Assert.Equal(["x/doc.json"], listed);
    }
}
