using System.Text.Json;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Tests.Channel;

public sealed class ActivitySerializationTests
{
    [Fact]
    public void UnknownProperties_ShouldSurviveARoundTrip()
    {
        const string json = """
            {"type":"message","id":"1","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/",
             "conversation":{"id":"a:1","tenantId":"t","futureField":{"x":1}},
             "from":{"id":"29:1","aadObjectId":"o","userRole":"user"},
             "recipient":{"id":"28:b"},"text":"hoi","brandNewThing":[1,2,3],
             "channelData":{"tenant":{"id":"t"}},"entities":[{"type":"clientInfo","locale":"nl-NL"}]}
            """;

        var activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written), written.ToJsonString());
    }

    [Fact]
    public void NullProperties_ShouldBeOmitted_AndNamesCamelCased()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = "message", ReplyToId = "7" }, ProtocolJson.Options);

        Assert.Equal("{\"type\":\"message\",\"replyToId\":\"7\"}", json);
    }

    [Fact]
    public void Reply_ShouldSwapFromAndRecipient_AndPointAtTheActivity()
    {
        var inbound = new Activity
        {
            Type = "message", Id = "in-1", ChannelId = "msteams", ServiceUrl = "https://x/", Locale = "nl-NL",
            From = new ChannelAccount { Id = "29:user" }, Recipient = new ChannelAccount { Id = "28:bot" },
            Conversation = new ConversationAccount { Id = "a:c", TenantId = "t" },
        };

        var reply = inbound.CreateReply("hoi");

        Assert.Equal(("28:bot", "29:user", "in-1", "a:c", "t"), (reply.From!.Id, reply.Recipient!.Id, reply.ReplyToId, reply.Conversation!.Id, reply.Conversation.TenantId));
    }
}
