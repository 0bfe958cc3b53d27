using System.Diagnostics;
using System.Text;
using Azure.Storage.Blobs;
using ReIntegratie.Benchmarks.Driver;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Benchmarks.Load;

/// <summary>
/// Checks "no write-behind" from the outside: for every turn of one whole journey, at the moment the
/// turn's first reply reaches the connector (the bot waits for the connector's answer), the
/// conversation's stored document must already hold the id of the activity that started the turn.
/// </summary>
public static class PersistenceCheck
{
    public sealed record Result(int Turns, int StoredBeforeReply, int NotYetStored);

    public static async Task<Result> RunAsync(SystemUnderTest system, Func<string, Task<byte[]?>> readStored)
    {
        await system.Driver.Codes.FillAsync(1, parallelism: 1);
        var driver = system.NewDriver();
        var client = new SimulatedClient($"{system.StoreName}-persist-{Guid.NewGuid():N}"[..24], driver);
        int turns = 0, stored = 0, missing = 0;
        var checkedThisTurn = false;
        system.Driver.Connector.BeforeAnswer = async conversationId =>
        {
            if (conversationId != client.ConversationId || checkedThisTurn || client.LastActivityId is not { } expected)
            {
                return;
            }

            checkedThisTurn = true;
            var document = await readStored(conversationId);
            if (document is not null && Encoding.UTF8.GetString(document).Contains($"\"{expected}\"", StringComparison.Ordinal))
            {
                stored++;
            }
            else
            {
                missing++;
            }
        };
        try
        {
            while (driver.JourneysCompleted < 1 && turns < 300)
            {
                await client.PrepareAsync();
                checkedThisTurn = false;
                await client.TakeTurnAsync(Stopwatch.GetTimestamp());
                turns++;
            }
        }
        finally
        {
            system.Driver.Connector.BeforeAnswer = null;
        }

        return new Result(turns, stored, missing);
    }

    /// <summary>Reads a conversation document from the local store's folder.</summary>
    public static Func<string, Task<byte[]?>> LocalReader(string folder, string channelId) => async conversationId =>
    {
        var path = Path.Combine(folder, ConversationStateStore.Key(channelId, conversationId).Replace('/', Path.DirectorySeparatorChar));
        return File.Exists(path) ? await File.ReadAllBytesAsync(path) : null;
    };

    /// <summary>Reads a conversation document from the blob container.</summary>
    public static Func<string, Task<byte[]?>> BlobReader(string connectionString, string container, string channelId)
    {
        var client = new BlobServiceClient(connectionString).GetBlobContainerClient(container);
        return async conversationId =>
        {
            var blob = client.GetBlobClient(ConversationStateStore.Key(channelId, conversationId));
            try
            {
                return (await blob.DownloadContentAsync()).Value.Content.ToArray();
            }
            catch (Azure.RequestFailedException exception) when (exception.Status == 404)
            {
                return null;
            }
        };
    }
}
