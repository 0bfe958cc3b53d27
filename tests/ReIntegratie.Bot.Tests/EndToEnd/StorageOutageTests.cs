namespace ReIntegratie.Bot.Tests.EndToEnd;

public sealed class StorageOutageTests
{
    [Fact]
    public async Task Turn_ShouldGet503AndSendNothing_WhenBlobStorageIsUnreachable()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = new BotHost(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureBlob",
            // A port nothing listens on: every storage call fails to connect.
            ["Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;",
        });

        var response = await host.PostActivityAsync(Activities.Message(connector.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(connector.Requests);
    }
}
