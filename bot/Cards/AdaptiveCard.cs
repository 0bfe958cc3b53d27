using System.Text.Json;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Cards;

/// <summary>Small builders for Adaptive Card 1.5 JSON (labelled inputs, Action.Submit), so card code reads as the card.</summary>
public static class AdaptiveCard
{
    public const string Version = "1.5";

    public static JsonObject Card(IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null, bool fullWidth = false)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray(body.Where(n => n is not null).ToArray()),
        };
        var actionList = actions?.Where(n => n is not null).ToArray() ?? [];
        if (actionList.Length > 0)
        {
            card["actions"] = new JsonArray(actionList);
        }

        if (fullWidth)
        {
            card["msteams"] = new JsonObject { ["width"] = "Full" };
        }

        return card;
    }

    public static JsonObject TextBlock(string text, bool bold = false, bool subtle = false, string? size = null, string? id = null, bool visible = true)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (bold)
        {
            block["weight"] = "Bolder";
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        if (id is not null)
        {
            block["id"] = id;
        }

        if (!visible)
        {
            block["isVisible"] = false;
        }

        return block;
    }

    public static JsonObject ChoiceSet(string id, string label, IEnumerable<(string Value, string Title)> choices, bool multiSelect = false, string? value = null)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = label,
            ["style"] = "expanded",
            ["isMultiSelect"] = multiSelect,
            ["wrap"] = true,
            ["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray()),
        };
        if (value is not null)
        {
            input["value"] = value;
        }

        return input;
    }

    public static JsonObject TextInput(string id, string label, int maxLength, bool multiline = true, string? value = null)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["isMultiline"] = multiline };
        if (maxLength > 0)
        {
            input["maxLength"] = maxLength;
        }

        if (value is not null)
        {
            input["value"] = value;
        }

        return input;
    }

    /// <summary>
    /// A switch named by its title only: the renderers make the title the checkbox's own label, so a
    /// separate label with the same words would be read out twice (docs/protocol.md §5.6).
    /// </summary>
    public static JsonObject Toggle(string id, string title, bool on) => new()
    {
        ["type"] = "Input.Toggle",
        ["id"] = id,
        ["title"] = title,
        ["wrap"] = true,
        ["value"] = on ? "true" : "false",
        ["valueOn"] = "true",
        ["valueOff"] = "false",
    };

    /// <param name="primary">Drawn as the card's main action (style "positive": filled in Web Chat, primary in Teams).</param>
    public static JsonObject Submit(string title, JsonObject data, bool withInputs = true, bool primary = false)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (primary)
        {
            action["style"] = "positive";
        }

        if (!withInputs)
        {
            action["associatedInputs"] = "none";
        }

        return action;
    }

    /// <summary>Buttons inside the card's body (at most five), e.g. one per option of a one-tap question.</summary>
    public static JsonObject ActionSet(IEnumerable<JsonNode?> actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(actions.Where(n => n is not null).ToArray()),
    };

    public static JsonObject Container(IEnumerable<JsonNode?> items, string? id = null, bool visible = true, string? style = null)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray(items.Where(n => n is not null).ToArray()) };
        if (id is not null)
        {
            container["id"] = id;
        }

        if (!visible)
        {
            container["isVisible"] = false;
        }

        if (style is not null)
        {
            container["style"] = style;
        }

        return container;
    }

    public static JsonObject FactSet(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };

    public static Attachment Attachment(JsonObject card) => new()
    {
        ContentType = Channel.Attachment.AdaptiveCardContentType,
        Content = JsonSerializer.SerializeToElement(card),
    };

    /// <summary>A message carrying one card (no text: Teams would split text and card into two messages).</summary>
    public static Activity Message(JsonObject card, string? summary = null) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [Attachment(card)],
    };

    /// <summary>
    /// A card that asks something: the question is also the message's <c>speak</c>, and its <c>text</c>
    /// where the channel keeps text and card in one message (not Teams, which would split them and lose
    /// the card's id for a later update), so a screen reader announces the question, not "1 attachment"
    /// (docs/protocol.md §5.6).
    /// </summary>
    public static Activity Question(JsonObject card, string question, string? channelId)
    {
        var message = Message(card, question);
        message.Speak = question;
        if (!ChannelCapabilities.UpdatesSentMessages(channelId))
        {
            message.Text = question;
            message.TextFormat = TextFormats.Plain;
        }

        return message;
    }
}
