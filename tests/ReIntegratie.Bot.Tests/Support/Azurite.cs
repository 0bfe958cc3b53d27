using Azure.Storage.Blobs;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>
/// The Azurite emulator the test command started (bash tests/run.sh). Tests that need it fail with
/// a clear message when it is not running: they never pass silently without it.
/// </summary>
public static class Azurite
{
    public const string EnvironmentVariable = "REINTEGRATIE_AZURITE_CONNECTION";
    private const string DevelopmentAccount = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured : DevelopmentAccount;

    /// <summary>A new, empty container for one test class.</summary>
    public static async Task<BlobContainerClient> NewContainerAsync()
    {
        var container = new BlobServiceClient(ConnectionString).GetBlobContainerClient("t" + Guid.NewGuid().ToString("N"));
        try
        {
            await container.CreateIfNotExistsAsync();
        }
        catch (Exception exception)
        {
            throw new InvalidOperationException(
                $"Azurite is not reachable ({exception.GetType().Name}). Run the tests with 'bash tests/run.sh', " +
                $"which starts it, or set {EnvironmentVariable}.", exception);
        }

        return container;
    }
}
