using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Scheduling.Queue;

/// <summary>
/// A queue message: which work, and the run time it was sent for. A message whose work is gone, or
/// whose work now has another run time, is stale: another message (or none) stands for it.
/// </summary>
public sealed record WorkMessage(string Id, DateTimeOffset RunAt)
{
    /// <summary>Plain JSON (the queue's base64 encoding is off); non-ASCII is escaped, so the text is safe in the queue's XML.</summary>
    public string ToText() => JsonSerializer.Serialize(this, StorageJson.Options);

    public static bool TryParse(string text, [NotNullWhen(true)] out WorkMessage? message)
    {
        try
        {
            message = JsonSerializer.Deserialize<WorkMessage>(text, StorageJson.Options);
        }
        catch (JsonException)
        {
            message = null;
        }

        if (message is { Id.Length: > 0 } && message.RunAt != default)
        {
            return true;
        }

        message = null;
        return false;
    }
}
