using System.Text.Json;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Cards;

/// <summary>
/// What replaces a card once it is answered, where the channel can update a sent message: the card's
/// texts and the chosen answer (or the pressed button), without inputs or buttons, so it cannot be
/// pressed again. The submit's replyToId names the card's activity.
/// </summary>
public static class AnsweredCard
{
    private const string Chosen = "✓ ";
    private const string NotChosen = "✗ ";

    public static Activity? Replacement(Activity submit, Activity? prompt)
    {
        if (!ChannelCapabilities.UpdatesSentMessages(submit.ChannelId) || string.IsNullOrEmpty(submit.ReplyToId) ||
            submit.Value is not { ValueKind: JsonValueKind.Object } value ||
            prompt?.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content is not { } content ||
            JsonNode.Parse(content.GetRawText()) is not JsonObject card)
        {
            return null;
        }

        var body = (card["body"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(element => TypeOf(element) == "TextBlock")
            .Select(element => (JsonNode?)element.DeepClone())
            .ToList();
        var answers = CardTree.Objects(card).SelectMany(input => Answer(input, value)).ToList();
        if (answers.Count == 0 && PressedTitle(card, value) is { } pressed)
        {
            answers.Add(AdaptiveCard.TextBlock(Chosen + pressed, bold: true));
        }

        var replacement = AdaptiveCard.Message(AdaptiveCard.Card(body.Concat(answers)), prompt.Summary);
        replacement.Id = submit.ReplyToId;
        return replacement;
    }

    private static IEnumerable<JsonNode> Answer(JsonObject input, JsonElement value)
    {
        if (input["id"]?.GetValue<string>() is not { } id || !value.TryGetProperty(id, out var given) ||
            given.ValueKind != JsonValueKind.String || given.GetString() is not { Length: > 0 } text)
        {
            yield break;
        }

        var label = input["label"]?.GetValue<string>() ?? "";
        switch (TypeOf(input))
        {
            case "Input.ChoiceSet":
                var titles = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(chosen => (input["choices"] as JsonArray ?? []).OfType<JsonObject>()
                        .FirstOrDefault(choice => choice["value"]?.GetValue<string>() == chosen)?["title"]?.GetValue<string>() ?? CardText.Escape(chosen));
                yield return AdaptiveCard.TextBlock(label, subtle: true);
                yield return AdaptiveCard.TextBlock(Chosen + string.Join(", ", titles), bold: true);
                break;
            case "Input.Text":
                yield return AdaptiveCard.TextBlock(label, subtle: true);
                yield return AdaptiveCard.TextBlock(CardText.Escape(text), bold: true);
                break;
            case "Input.Toggle":
                yield return AdaptiveCard.TextBlock((text == input["valueOn"]?.GetValue<string>() ? Chosen : NotChosen) + label);
                break;
        }
    }

    /// <summary>The title of the button whose data the submit carries (the ids written into every button aside).</summary>
    private static string? PressedTitle(JsonObject card, JsonElement value) =>
        CardTree.Objects(card)
            .Where(action => TypeOf(action) == "Action.Submit" && action["data"] is JsonObject)
            .FirstOrDefault(action => action["data"]!.AsObject()
                .Where(entry => entry.Key is not (CardSubmits.PromptKey or CardSubmits.QuestionKey))
                .All(entry => value.TryGetProperty(entry.Key, out var sent) && sent.ValueKind == JsonValueKind.String &&
                              entry.Value?.GetValueKind() == JsonValueKind.String && entry.Value.GetValue<string>() == sent.GetString()))
            ?["title"]?.GetValue<string>();

    private static string? TypeOf(JsonObject element) =>
        element["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String ? type.GetValue<string>() : null;
}
