using System.Text.Json;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Cards;

/// <summary>
/// What a client's card submit says it answers: every Action.Submit of a prompt's card carries the
/// prompt's id (and the question id where there is one), so a press on an older card can be told apart
/// from an answer to the question that is open now.
/// </summary>
public static class CardSubmits
{
    public const string PromptKey = "prompt";
    public const string QuestionKey = "question";

    /// <summary>Whether the activity is a card submit (Web Chat and Teams send the data and inputs as an object value).</summary>
    public static bool IsSubmit(Activity activity) => activity.Value is { ValueKind: JsonValueKind.Object };

    /// <summary>The prompt id a card submit names, or null (typed text, or a card without one).</summary>
    public static string? PromptIdOf(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value &&
        value.TryGetProperty(PromptKey, out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    /// <summary>Whether the activity can answer the prompt with that id: typed text always, a card submit only when it names that prompt.</summary>
    public static bool CanAnswer(Activity activity, string? promptId) => !IsSubmit(activity) || PromptIdOf(activity) == promptId;

    /// <summary>Writes the ids into the data of every Action.Submit of the message's Adaptive Cards.</summary>
    public static void Stamp(Activity message, string promptId, string? questionId)
    {
        foreach (var attachment in message.Attachments ?? [])
        {
            if (attachment.ContentType != Attachment.AdaptiveCardContentType || attachment.Content is not { } content)
            {
                continue;
            }

            var card = JsonNode.Parse(content.GetRawText())!;
            foreach (var submit in CardTree.Objects(card).Where(node => node["type"]?.GetValueKind() == JsonValueKind.String && node["type"]!.GetValue<string>() == "Action.Submit"))
            {
                if (submit["data"] is JsonValue)
                {
                    continue; // string data comes back as typed text
                }

                if (submit["data"] is not JsonObject data)
                {
                    submit["data"] = data = [];
                }

                data[PromptKey] = promptId;
                if (questionId is not null)
                {
                    data[QuestionKey] = questionId;
                }
            }

            attachment.Content = JsonSerializer.SerializeToElement(card);
        }
    }
}
