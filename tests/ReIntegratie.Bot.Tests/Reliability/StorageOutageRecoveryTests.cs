using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Tests.Reliability;

public sealed class StorageOutageRecoveryTests
{
    [Fact]
    public async Task TurnsDuringAStorageOutage_ShouldGet503AndWriteNothing_AndARetryAfterwardsSucceedsWithEarlierAnswersIntact()
    {
        await using var azurite = new PrivateAzurite();
        await azurite.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = new BotHost(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:CacheSize"] = "0", // every turn reads the store, so the outage is felt at once
        });
        var code = await ClientChat.NewAppointmentAsync(host);
        var chat = new ClientChat(host, connector, "outage", "sms");
        await chat.SayAsync(code);
        await chat.SayAsync("ja");
        await chat.SayAsync("1");
        var question = chat.LastReply!.Text;
        var sentBefore = connector.ActivityRequests.Count;

        await azurite.StopAsync();
        var answer = Activities.Message(connector.ServiceUrl, "Ik wil weten wat mogelijk is", "outage", id: "during-outage", channelId: "sms");
        var during = await host.PostActivityAsync(answer);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Equal(sentBefore, connector.ActivityRequests.Count);

        await azurite.StartAsync();
        var retried = await host.PostActivityAsync(answer); // the channel's retry of the same activity

        Assert.True(retried.StatusCode == HttpStatusCode.OK, string.Join("\n", host.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning).Select(e => e.EventId + " " + e.Message)));
        var journey = (await host.Services.GetRequiredService<ConversationStateStore>().ReadFreshAsync(ConversationStateStore.Key("sms", "outage"), default))!.Client!;
        Assert.Equal(2, journey.Answers.Questions.Count); // the earlier answer and the retried one
        Assert.NotEqual(question, connector.ActivityRequests[^1].Activity.Text);
    }
}
