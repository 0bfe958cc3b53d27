using System.Buffers;
using System.Text.Json;

namespace ReIntegratie.Benchmarks.Driver;

/// <summary>What the client does in one turn: join the chat, type a text, or submit a card's values.</summary>
public sealed record OutgoingActivity(string Type, string? Text = null, byte[]? Value = null, bool MembersAdded = false)
{
    public static OutgoingActivity Join { get; } = new("conversationUpdate", MembersAdded: true);

    public static OutgoingActivity Say(string text) => new("message", Text: text);

    public static OutgoingActivity Submit(byte[] valueJson) => new("message", Value: valueJson);
}

/// <summary>Who sends an activity and where: the channel fields the bot reads.</summary>
public sealed record ChannelIdentity(string ChannelId, string ConversationId, string UserId, string? AadObjectId = null, string? TenantId = null);

/// <summary>Writes an inbound activity as the channel would POST it (camelCase Bot Framework JSON).</summary>
public static class ActivityJson
{
    private static readonly string BotId = "bench-bot";

    public static byte[] Write(OutgoingActivity activity, ChannelIdentity who, string activityId, string serviceUrl, string locale = "nl-NL")
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", activity.Type);
            json.WriteString("id", activityId);
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteString("channelId", who.ChannelId);
            json.WriteString("serviceUrl", serviceUrl);
            json.WriteStartObject("from");
            json.WriteString("id", who.UserId);
            json.WriteString("name", "Bench");
            if (who.AadObjectId is not null)
            {
                json.WriteString("aadObjectId", who.AadObjectId);
            }

            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", BotId);
            json.WriteString("name", "ReIntegratie");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("id", who.ConversationId);
            if (who.TenantId is not null)
            {
                json.WriteString("tenantId", who.TenantId);
                json.WriteString("conversationType", "personal");
            }

            json.WriteEndObject();
            json.WriteString("locale", locale);
            if (activity.MembersAdded)
            {
                json.WriteStartArray("membersAdded");
                json.WriteStartObject();
                json.WriteString("id", who.UserId);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            if (activity.Text is not null)
            {
                json.WriteString("text", activity.Text);
            }

            if (activity.Value is not null)
            {
                json.WritePropertyName("value");
                json.WriteRawValue(activity.Value, skipInputValidation: true);
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
