using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Playground.DirectLine;

/// <summary>
/// One conversation of the development Direct Line: every activity the client should see, in order,
/// each with a sequence number that is also the watermark (docs/protocol.md §8.2). Bounded: the oldest
/// activities are dropped beyond <see cref="MaxActivities"/> or <see cref="MaxBytes"/>.
/// </summary>
public sealed class ConversationLog(string conversationId, string userId, TimeProvider clock)
{
    public const int MaxActivities = 500;
    public const int MaxBytes = 4 * 1024 * 1024;
    public const string SequenceIdKey = "webchat:sequence-id";

    private readonly Lock gate = new();
    private readonly LinkedList<Entry> entries = new();
    private long sequence;
    private long bytes;

    public string ConversationId { get; } = conversationId;

    public string UserId { get; } = userId;

    public DateTimeOffset LastUsed { get; private set; } = clock.GetUtcNow();

    /// <summary>
    /// Appends an activity: it gets the next sequence number, an id <c>{conversationId}|{seq:D7}</c>
    /// (or keeps its own when <paramref name="keepId"/>, for an update Web Chat replaces by id), a
    /// timestamp, and the sequence number in <c>channelData["webchat:sequence-id"]</c> for ordering.
    /// </summary>
    public string Append(Activity activity, bool keepId = false)
    {
        lock (gate)
        {
            var seq = ++sequence;
            if (!keepId || string.IsNullOrEmpty(activity.Id))
            {
                activity.Id = ConversationId + "|" + seq.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            }

            activity.Timestamp ??= clock.GetUtcNow();
            activity.ChannelData = WithSequence(activity.ChannelData, seq);
            var json = JsonSerializer.Serialize(activity, ProtocolJson.Options);
            entries.AddLast(new Entry(seq, activity.Id, json));
            bytes += json.Length;
            while (entries.Count > MaxActivities || (bytes > MaxBytes && entries.Count > 1))
            {
                bytes -= entries.First!.Value.Json.Length;
                entries.RemoveFirst();
            }

            Touch();
            return activity.Id;
        }
    }

    public bool Contains(string activityId)
    {
        lock (gate)
        {
            return entries.Any(entry => entry.Id == activityId);
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> (all kept ones without one) as a Direct Line ActivitySet.</summary>
    public string ReadAfter(string? watermark)
    {
        var after = long.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var w) ? w : 0;
        var body = new StringBuilder("{\"activities\":[");
        lock (gate)
        {
            var first = true;
            foreach (var entry in entries.Where(entry => entry.Sequence > after))
            {
                body.Append(first ? "" : ",").Append(entry.Json);
                first = false;
            }

            Touch();
            var mark = Math.Max(after, sequence).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return body.Append("],\"watermark\":").Append(JsonSerializer.Serialize(mark)).Append('}').ToString();
        }
    }

    private void Touch() => LastUsed = clock.GetUtcNow();

    private static JsonElement WithSequence(JsonElement? channelData, long seq)
    {
        var data = channelData is { ValueKind: JsonValueKind.Object } existing ? JsonObject.Create(existing)!.DeepClone().AsObject() : new JsonObject();
        data[SequenceIdKey] = seq;
        return JsonSerializer.SerializeToElement(data);
    }

    private sealed record Entry(long Sequence, string Id, string Json);
}
