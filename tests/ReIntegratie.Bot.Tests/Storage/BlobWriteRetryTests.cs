using System.Text;
using Azure.Storage.Blobs;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Bot.Storage.Blob;
using ReIntegratie.Bot.Tests.Support;

namespace ReIntegratie.Bot.Tests.Storage;

/// <summary>
/// The storage client retries a write whose answer does not come in time. When the first attempt had landed,
/// the retry meets that write: the store must report the write as done, not as a conflict with another writer.
/// Azurite behind a proxy that applies a write and then holds its answer past the client's network timeout.
/// </summary>
public sealed class BlobWriteRetryTests : IAsyncLifetime
{
    private BlobContainerClient direct = null!;
    private AnswerLosingStorageProxy proxy = null!;
    private BlobDocumentStore store = null!;
    private BlobDocumentStore storeBehindProxy = null!;

    public async Task InitializeAsync()
    {
        direct = await Azurite.NewContainerAsync();
        store = new BlobDocumentStore(direct);
        var endpoint = new BlobServiceClient(Azurite.ConnectionString).Uri;
        proxy = await AnswerLosingStorageProxy.StartAsync(new Uri(endpoint.GetLeftPart(UriPartial.Authority)));
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(50);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(3); // what the lost answer costs; ample for a retry on a busy machine
        var connectionString = Azurite.ConnectionString.Replace(endpoint.GetLeftPart(UriPartial.Authority), proxy.BaseUrl, StringComparison.Ordinal);
        storeBehindProxy = new BlobDocumentStore(new BlobServiceClient(connectionString, options).GetBlobContainerClient(direct.Name));
    }

    public async Task DisposeAsync()
    {
        await proxy.DisposeAsync();
        await direct.DeleteIfExistsAsync();
    }

    [Fact]
    public async Task Create_ShouldReportItsWriteAsDone_WhenTheFirstAttemptLandedAndOnlyItsAnswerWasLost()
    {
        proxy.LoseAnswerOfNextWrite("conversations/c1.json");

        var etag = await storeBehindProxy.CreateAsync("conversations/c1.json", Json("{\"turn\":1}"), default);

        Assert.True(proxy.WritesOf("conversations/c1.json") >= 2, "the first write's answer was lost, so the store wrote again");
        var stored = await store.ReadAsync("conversations/c1.json", default);
        Assert.Equal("{\"turn\":1}", Encoding.UTF8.GetString(stored!.Content));
        Assert.Equal(stored.ETag, etag);
    }

    [Fact]
    public async Task Replace_ShouldReportItsWriteAsDone_WhenTheFirstAttemptLandedAndOnlyItsAnswerWasLost()
    {
        var first = await store.CreateAsync("conversations/c2.json", Json("{\"turn\":1}"), default);
        proxy.LoseAnswerOfNextWrite("conversations/c2.json");

        var etag = await storeBehindProxy.ReplaceAsync("conversations/c2.json", Json("{\"turn\":2}"), first, default);

        Assert.True(proxy.WritesOf("conversations/c2.json") >= 2, "the first write's answer was lost, so the store wrote again");
        var stored = await store.ReadAsync("conversations/c2.json", default);
        Assert.Equal("{\"turn\":2}", Encoding.UTF8.GetString(stored!.Content));
        Assert.Equal(stored.ETag, etag);
    }

    [Fact]
    public async Task Replace_ShouldStillConflict_WhenAnotherWriterChangedTheDocumentInBetween()
    {
        var first = await store.CreateAsync("conversations/c3.json", Json("{\"turn\":1}"), default);
        await store.ReplaceAsync("conversations/c3.json", Json("{\"turn\":2,\"by\":\"other\"}"), first, default);

        await Assert.ThrowsAsync<DocumentConflictException>(() => storeBehindProxy.ReplaceAsync("conversations/c3.json", Json("{\"turn\":2}"), first, default));
        Assert.Equal("{\"turn\":2,\"by\":\"other\"}", Encoding.UTF8.GetString((await store.ReadAsync("conversations/c3.json", default))!.Content));
    }

    private static ReadOnlyMemory<byte> Json(string text) => Encoding.UTF8.GetBytes(text);
}
