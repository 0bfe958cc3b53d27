using System.Text;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Tests.Storage;

/// <summary>The document-store contract, stated once; every store runs it through a subclass.</summary>
public abstract class DocumentStoreContract : IAsyncLifetime
{
    protected IDocumentStore Store { get; set; } = null!;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    private static byte[] Json(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Read_ShouldReturnNull_WhenTheDocumentDoesNotExist()
    {
        Assert.Null(await Store.ReadAsync("appointments/missing.json", default));
    }

    [Fact]
    public async Task Read_ShouldReturnTheContentAndTheETagOfTheWrite_AfterCreate()
    {
        var etag = await Store.CreateAsync("appointments/a1.json", Json("{\"n\":1}"), default);

        var document = await Store.ReadAsync("appointments/a1.json", default);

        Assert.NotNull(document);
        Assert.Equal("{\"n\":1}", Encoding.UTF8.GetString(document.Content));
        Assert.Equal(etag, document.ETag);
    }

    [Fact]
    public async Task Create_ShouldConflict_WhenTheDocumentAlreadyExists()
    {
        await Store.CreateAsync("appointments/a2.json", Json("{\"n\":1}"), default);

        await Assert.ThrowsAsync<DocumentConflictException>(() => Store.CreateAsync("appointments/a2.json", Json("{\"n\":2}"), default));
        Assert.Equal("{\"n\":1}", Encoding.UTF8.GetString((await Store.ReadAsync("appointments/a2.json", default))!.Content));
    }

    [Fact]
    public async Task Replace_ShouldSucceedAndChangeTheETag_WhenTheETagIsCurrent()
    {
        var first = await Store.CreateAsync("appointments/a3.json", Json("{\"n\":1}"), default);

        var second = await Store.ReplaceAsync("appointments/a3.json", Json("{\"n\":2}"), first, default);

        Assert.NotEqual(first, second);
        Assert.Equal("{\"n\":2}", Encoding.UTF8.GetString((await Store.ReadAsync("appointments/a3.json", default))!.Content));
    }

    [Fact]
    public async Task Replace_ShouldConflictAndKeepTheNewerContent_WhenTheETagIsStale()
    {
        var stale = await Store.CreateAsync("appointments/a4.json", Json("{\"n\":1}"), default);
        await Store.ReplaceAsync("appointments/a4.json", Json("{\"n\":2}"), stale, default);

        await Assert.ThrowsAsync<DocumentConflictException>(() => Store.ReplaceAsync("appointments/a4.json", Json("{\"n\":3}"), stale, default));
        Assert.Equal("{\"n\":2}", Encoding.UTF8.GetString((await Store.ReadAsync("appointments/a4.json", default))!.Content));
    }

    [Fact]
    public async Task Replace_ShouldConflict_WhenTheDocumentWasDeleted()
    {
        var etag = await Store.CreateAsync("appointments/a5.json", Json("{}"), default);
        await Store.DeleteAsync("appointments/a5.json", null, default);

        await Assert.ThrowsAsync<DocumentConflictException>(() => Store.ReplaceAsync("appointments/a5.json", Json("{}"), etag, default));
    }

    [Fact]
    public async Task Delete_ShouldRemoveTheDocument_AndReportWhetherThereWasOne()
    {
        await Store.CreateAsync("appointments/a6.json", Json("{}"), default);

        Assert.True(await Store.DeleteAsync("appointments/a6.json", null, default));
        Assert.Null(await Store.ReadAsync("appointments/a6.json", default));
        Assert.False(await Store.DeleteAsync("appointments/a6.json", null, default));
    }

    [Fact]
    public async Task Delete_ShouldConflictAndKeepTheDocument_WhenTheETagIsStale()
    {
        var stale = await Store.CreateAsync("appointments/a7.json", Json("{\"n\":1}"), default);
        await Store.ReplaceAsync("appointments/a7.json", Json("{\"n\":2}"), stale, default);

        await Assert.ThrowsAsync<DocumentConflictException>(() => Store.DeleteAsync("appointments/a7.json", stale, default));
        Assert.NotNull(await Store.ReadAsync("appointments/a7.json", default));
    }

    [Fact]
    public async Task List_ShouldReturnExactlyTheKeysUnderThePrefix_IncludingNestedOnes()
    {
        string[] inside = ["clients/apt-1/preparation.json", "clients/apt-1/registrations/r1.json", "clients/apt-1/registrations/r2.json"];
        string[] outside = ["clients/apt-10/preparation.json", "clients/apt-2/preparation.json", "appointments/apt-1.json"];
        foreach (var key in inside.Concat(outside))
        {
            await Store.CreateAsync(key, Json("{}"), default);
        }

        var listed = new List<string>();
        await foreach (var key in Store.ListAsync("clients/apt-1/", default))
        {
            listed.Add(key);
        }

        Assert.Equal(inside.Order(), listed.Order());
    }

    [Fact]
    public async Task List_ShouldReturnNothing_WhenNothingIsUnderThePrefix()
    {
        await foreach (var key in Store.ListAsync("nothing-here/", default))
        {
            Assert.Fail($"unexpected key {key}");
        }
    }

    [Fact]
    public async Task ConcurrentWriters_ShouldLoseNothing_When50IncrementsRunInParallel()
    {
        var documents = new JsonDocuments(Store);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() =>
            documents.UpdateAsync<Counter>("counters/shared.json", current => new Counter((current?.Value ?? 0) + 1), default))));

        var final = await documents.ReadAsync<Counter>("counters/shared.json", default);
        Assert.Equal(50, final!.Value.Value);
    }

    [Theory]
    [InlineData("../escape.json")]
    [InlineData("a/../../b.json")]
    [InlineData("/absolute.json")]
    [InlineData("a//b.json")]
    [InlineData("a/.hidden")]
    [InlineData("spaces are bad.json")]
    public async Task Keys_ShouldBeRejected_WhenTheyCouldEscapeOrAreMalformed(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateAsync(key, Json("{}"), default));
    }

    [Fact]
    public async Task EncodedIds_ShouldBeStorable_WhenTheyContainTeamsCharacters()
    {
        var key = DocumentKey.Join("conversations", "msteams", DocumentKey.Segment("a:1p0iic;messageid=1@thread.v2|x/../y") + ".json");

        await Store.CreateAsync(key, Json("{}"), default);

        Assert.NotNull(await Store.ReadAsync(key, default));
    }

    [Fact]
    public async Task EncodedIds_ShouldBeStorable_WhenTheyAreVeryLong()
    {
        var key = DocumentKey.Join("conversations", "webchat", DocumentKey.Segment(new string('c', 512)) + ".json");

        await Store.CreateAsync(key, Json("{}"), default);

        Assert.NotNull(await Store.ReadAsync(key, default));
        Assert.NotEqual(DocumentKey.Segment(new string('c', 512)), DocumentKey.Segment(new string('c', 511)));
    }

    public sealed record Counter(int Value);
}
