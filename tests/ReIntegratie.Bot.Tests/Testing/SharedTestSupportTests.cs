using Azure.Storage.Blobs;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Tests.Testing;

/// <summary>The shared test support itself: Azurite on ports it picks, the connector in its load-driver mode.</summary>
public sealed class SharedTestSupportTests
{
    [Fact]
    public async Task TwoAzuritesStartedAtOnce_ShouldEachGetPortsOfTheirOwn_AndServeOnThem()
    {
        var both = await Task.WhenAll(AzuriteProcess.StartAsync(), AzuriteProcess.StartAsync());
        await using var first = both[0];
        await using var second = both[1];

        Assert.Empty(new[] { first.BlobPort, first.QueuePort }.Intersect([second.BlobPort, second.QueuePort]));
        foreach (var azurite in both)
        {
            var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("ports");
            await container.CreateAsync();
            Assert.True(await container.ExistsAsync());
        }
    }

    [Fact]
    public async Task PrivateAzurite_ShouldKeepItsPortsAndData_WhenRestarted()
    {
        await using var azurite = new PrivateAzurite();
        await azurite.StartAsync();
        var before = azurite.ConnectionString;
        await new BlobServiceClient(before).GetBlobContainerClient("kept").CreateAsync();

        await azurite.StopAsync();
        await azurite.StartAsync();

        Assert.Equal(before, azurite.ConnectionString);
        Assert.True(await new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("kept").ExistsAsync());
    }

    [Fact]
    public async Task Azurite_ShouldCloseCleanly_WhenStoppedTheMomentItHasStarted()
    {
        var folder = Directory.CreateTempSubdirectory("reintegratie-azurite-").FullName;
        try
        {
            await using var azurite = await AzuriteProcess.StartAsync(folder);

            var exitCode = await azurite.Process.StopAsync();

            Assert.Equal(0, exitCode);
            Assert.Contains("Azurite Blob service successfully closed", azurite.Process.LogTail(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ConnectorWithoutRecording_ShouldCountWhatARegisteredConversationGets_AndKeepNoCalls()
    {
        await using var connector = await LoopbackConnector.StartAsync(recordRequests: false);
        var inbox = connector.Register("conv-a");
        using var http = new HttpClient();

        var reply = Activities.Message(connector.ServiceUrl, "hallo", "conv-a");
        using var sent = await http.PostAsync(connector.ServiceUrl + "v3/conversations/conv-a/activities",
            new StringContent(System.Text.Json.JsonSerializer.Serialize(reply, ProtocolJson.Options), System.Text.Encoding.UTF8, "application/json"));
        using var other = await http.PostAsync(connector.ServiceUrl + "v3/conversations/conv-b/activities", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(1, inbox.Count);
        Assert.Contains("hallo", System.Text.Encoding.UTF8.GetString(inbox.Since(0).Last!), StringComparison.Ordinal);
        Assert.Equal(1, connector.UnroutedActivities);
        Assert.Empty(connector.Requests);
    }
}
