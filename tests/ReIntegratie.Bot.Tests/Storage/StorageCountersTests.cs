using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Tests.Storage;

public sealed class StorageCountersTests
{
    [Fact]
    public async Task TheCountingStoreAndItsEndpoint_ShouldBeLeftOut_WhenTheSettingIsOff()
    {
        await using var host = new BotHost();
        var client = host.CreateClient();

        var response = await client.GetAsync("/diagnostics/storage-operations");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.IsNotType<CountingDocumentStore>(host.Services.GetRequiredService<IDocumentStore>());
    }

    [Fact]
    public async Task TheCountingStore_ShouldCountTheTurnsRoundTrips_WhenTheSettingIsOn()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = new BotHost(new Dictionary<string, string?> { ["Diagnostics:StorageCounters"] = "true" });
        await host.PostActivityAsync(Activities.Message(connector.ServiceUrl, "help"));

        var counts = await host.CreateClient().GetFromJsonAsync<StorageOperationCounts>("/diagnostics/storage-operations");

        Assert.IsType<CountingDocumentStore>(host.Services.GetRequiredService<IDocumentStore>());
        Assert.NotNull(counts);
        Assert.True(counts.Writes > 0, "the turn's state was written through the counting store");
    }
}
