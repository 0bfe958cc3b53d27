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

    /// <summary>
    /// Two processes on one folder must take the same lock file for a document. The expected stripes are the
    /// first four bytes of the key's SHA-256, little-endian, modulo 64, worked out outside .NET; a string's own
    /// hash code is seeded per process and would give another stripe in another process.
    /// </summary>
    [Theory]
    [InlineData("conversations/webchat/client-1.json", 18)]
    [InlineData("appointments/a1.json", 14)]
    [InlineData("invitations/x.json", 39)]
    public void LockStripe_ShouldBeTheSameForADocumentInEveryProcess(string key, int stripe) =>
        Assert.Equal(stripe, LocalFolderDocumentStore.StripeOf(key));

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
