using Azure.Storage.Blobs;

namespace ReIntegratie.Testing;

/// <summary>
/// The Azurite the tests of this process share: the one named by REINTEGRATIE_AZURITE_CONNECTION when
/// that is set, otherwise one started here on the first use (in memory, on ports of its own) and stopped
/// when the test process ends. Tests that need it fail with a clear message when it cannot run: they
/// never pass silently without it.
/// </summary>
public static class Azurite
{
    public const string EnvironmentVariable = "REINTEGRATIE_AZURITE_CONNECTION";

    private static readonly Lock Gate = new();
    private static string? shared;

    /// <summary>The connection string; the first use may start Azurite (a failed start is tried again by the next use).</summary>
    public static string ConnectionString
    {
        get
        {
            lock (Gate)
            {
                return shared ??= Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured
                    ? configured
                    : Task.Run(() => AzuriteProcess.StartAsync()).GetAwaiter().GetResult().ConnectionString;
            }
        }
    }

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
                $"Azurite is not reachable ({exception.GetType().Name}) at {ConnectionString}. Unset {EnvironmentVariable} to let the tests start their own.", exception);
        }

        return container;
    }
}
