using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Channel.Connector;

namespace ReIntegratie.Bot.Tests.Channel;

public sealed class ConnectorOperationsTests : HostedBotTest
{
    protected override BotHost CreateHost()
    {
        var started = new BotHost();
        started.CreateClient();
        return started;
    }

    private ConnectorClient Client => Host.Services.GetRequiredService<ConnectorClient>();

    [Fact]
    public async Task CreateConversation_ShouldPostTheMemberAndTenant_AndReturnTheNewId()
    {
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:professional" }],
            TenantId = "tenant-1",
        };

        var created = await Client.CreateConversationAsync(Connector.ServiceUrl, parameters, default);

        Assert.StartsWith("a:created-", created.Id);
        var call = Assert.Single(Connector.Requests);
        Assert.Equal(("POST", "/v3/conversations"), (call.Method, call.Path));
        Assert.Contains("\"29:professional\"", call.Body);
        Assert.Contains("\"tenantId\":\"tenant-1\"", call.Body);
        Assert.Contains("\"isGroup\":false", call.Body);
    }

    [Fact]
    public async Task Update_ShouldPutTheWholeActivityAtItsId()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "bijgewerkt", Conversation = new ConversationAccount { Id = "a:1" } };

        var result = await Client.UpdateActivityAsync(Connector.ServiceUrl, "a:1", "card-7", activity, default);

        Assert.NotNull(result?.Id);
        var call = Assert.Single(Connector.Requests);
        Assert.Equal(("PUT", "/v3/conversations/a%3A1/activities/card-7"), (call.Method, call.Path));
        Assert.Equal("bijgewerkt", call.Activity.Text);
    }

    [Fact]
    public async Task ProactiveSend_ShouldPostToTheConversationWithoutReplyTo()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "herinnering", ServiceUrl = Connector.ServiceUrl, Conversation = new ConversationAccount { Id = "a:2" } };

        await Client.DeliverAsync(activity, default);

        Assert.Equal("/v3/conversations/a%3A2/activities", Assert.Single(Connector.Requests).Path);
    }
}
