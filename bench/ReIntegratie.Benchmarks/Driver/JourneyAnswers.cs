using System.Buffers;
using System.Text.Json;

namespace ReIntegratie.Benchmarks.Driver;

/// <summary>
/// The client's side of the journey: reads the bot's last message of a turn and decides what to send
/// next, the way a person clicking through would. On a card: press its first button (Next, Yes, Share)
/// with the card's inputs filled: a text answer, the 4th point of a 1-5 scale, else the first option,
/// toggles as they are. On a text channel: "4" for a numbered 1-5 scale, "1" for other numbered
/// options, a short free text otherwise.
/// </summary>
public sealed class JourneyAnswers(string sharedText)
{
    public const string FreeText = "Mijn eigen antwoord";
    private const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The next activity, or null when the reply says the preparation was shared (journey done).</summary>
    public OutgoingActivity? Next(byte[] lastReply)
    {
        using var document = JsonDocument.Parse(lastReply);
        var root = document.RootElement;
        var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (text == sharedText)
        {
            return null;
        }

        if (CardOf(root) is { } card)
        {
            return OutgoingActivity.Submit(Press(card));
        }

        return OutgoingActivity.Say(Typed(text ?? ""));
    }

    /// <summary>True when the reply is the one that ends the journey.</summary>
    public bool IsShared(byte[] lastReply)
    {
        using var document = JsonDocument.Parse(lastReply);
        return document.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == sharedText;
    }

    private static JsonElement? CardOf(JsonElement activity)
    {
        if (!activity.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var attachment in attachments.EnumerateArray())
        {
            if (attachment.TryGetProperty("contentType", out var type) && type.GetString() == AdaptiveCardType &&
                attachment.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Object)
            {
                return content;
            }
        }

        return null;
    }

    /// <summary>What Web Chat posts when the first Action.Submit is pressed: its data merged with the inputs.</summary>
    private static byte[] Press(JsonElement card)
    {
        var action = card.TryGetProperty("actions", out var actions) && actions.ValueKind == JsonValueKind.Array && actions.GetArrayLength() > 0
            ? actions[0]
            : throw new InvalidDataException("a card without buttons");
        var withInputs = !(action.TryGetProperty("associatedInputs", out var associated) && associated.GetString() == "none");

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in data.EnumerateObject())
                {
                    property.WriteTo(json);
                }
            }

            if (withInputs)
            {
                foreach (var input in Inputs(card))
                {
                    WriteInput(json, input);
                }
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteInput(Utf8JsonWriter json, JsonElement input)
    {
        var id = input.GetProperty("id").GetString()!;
        switch (input.GetProperty("type").GetString())
        {
            case "Input.Text" when id == "answer":
                json.WriteString(id, FreeText);
                break;
            case "Input.ChoiceSet" when id == "answer":
                json.WriteString(id, Choose(input.GetProperty("choices")));
                break;
            case "Input.Toggle":
                json.WriteString(id, input.TryGetProperty("value", out var on) ? on.GetString() : "false");
                break;
            default:
                break; // other inputs (e.g. "in your own words") stay empty
        }
    }

    private static string Choose(JsonElement choices)
    {
        var values = choices.EnumerateArray().Select(c => c.GetProperty("value").GetString()!).ToList();
        var isScale = values.Count >= 5 && values[0] == "1" && values[1] == "2" && values[2] == "3" && values[3] == "4" && values[4] == "5";
        return isScale ? "4" : values[0];
    }

    private static IEnumerable<JsonElement> Inputs(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String &&
                type.GetString()!.StartsWith("Input.", StringComparison.Ordinal) && node.TryGetProperty("id", out _))
            {
                yield return node;
            }

            foreach (var property in node.EnumerateObject())
            {
                if (property.Name is "body" or "items" or "columns")
                {
                    foreach (var child in Inputs(property.Value))
                    {
                        yield return child;
                    }
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                foreach (var child in Inputs(item))
                {
                    yield return child;
                }
            }
        }
    }

    private static string Typed(string text)
    {
        var numbered = text.StartsWith("1. ", StringComparison.Ordinal) || text.Contains("\n1. ", StringComparison.Ordinal);
        if (!numbered)
        {
            return FreeText;
        }

        var scale = text.Contains("\n1. 1", StringComparison.Ordinal) && text.Contains("\n5. 5", StringComparison.Ordinal);
        return scale ? "4" : "1";
    }
}
