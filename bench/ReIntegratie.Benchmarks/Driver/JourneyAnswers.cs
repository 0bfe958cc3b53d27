using System.Text.Json;
using System.Text.Json.Nodes;
using ReIntegratie.Testing;

namespace ReIntegratie.Benchmarks.Driver;

/// <summary>
/// The client's side of the journey: reads the bot's last message of a turn and decides what to send
/// next by the same fixed rule as the tests' journeys (<see cref="ClientAnswerRule"/>): a card is
/// answered as Web Chat would post it, a text as the client would type it.
/// </summary>
public sealed class JourneyAnswers(string sharedText)
{
    /// <summary>The next activity, or null when the reply says the preparation was shared (journey done).</summary>
    public OutgoingActivity? Next(byte[] lastReply)
    {
        var activity = JsonNode.Parse(lastReply);
        var text = activity?["text"] is JsonValue value && value.TryGetValue<string>(out var said) ? said : null;
        if (text == sharedText)
        {
            return null;
        }

        return ClientAnswerRule.CardOf(activity) is { } card
            ? OutgoingActivity.Submit(JsonSerializer.SerializeToUtf8Bytes(ClientAnswerRule.Submit(card)))
            : OutgoingActivity.Say(ClientAnswerRule.Typed(text ?? ""));
    }

    /// <summary>True when the reply is the one that ends the journey.</summary>
    public bool IsShared(byte[] lastReply)
    {
        using var document = JsonDocument.Parse(lastReply);
        return document.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == sharedText;
    }
}
