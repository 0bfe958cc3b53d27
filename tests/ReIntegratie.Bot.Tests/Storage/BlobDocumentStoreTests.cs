using Azure.Storage.Blobs;
using ReIntegratie.Bot.Storage.Blob;

namespace ReIntegratie.Bot.Tests.Storage;

/// <summary>The contract against Azure Blob Storage, on Azurite.</summary>
public sealed class BlobDocumentStoreTests : DocumentStoreContract
{
    private BlobContainerClient container = null!;

    public override async Task InitializeAsync()
    {
        container = await Azurite.NewContainerAsync();
        Store = new BlobDocumentStore(container);
    }

    public override async Task DisposeAsync() => await container.DeleteIfExistsAsync();
}
