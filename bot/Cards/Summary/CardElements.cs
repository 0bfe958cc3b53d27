using System.Text.Json.Nodes;

namespace ReIntegratie.Bot.Cards.Summary;

/// <summary>The pieces the summary card needs beyond <see cref="AdaptiveCard"/>'s builders, composed from them.</summary>
internal static class CardElements
{
    /// <summary>Sets one more property (color, spacing, separator, ...) and returns the same node.</summary>
    public static JsonObject With(this JsonObject node, string name, JsonNode? value)
    {
        node[name] = value;
        return node;
    }

    public static JsonObject Title(string text, string size = "Medium") => AdaptiveCard.TextBlock(text, bold: true, size: size);

    public static JsonObject Note(string text) => AdaptiveCard.TextBlock(text, subtle: true, size: "Small").With("spacing", "None");

    /// <summary>A markdown list, one line per item (items must already be escaped where they hold client text).</summary>
    public static JsonObject Bullets(IEnumerable<string> items) => AdaptiveCard.TextBlock(string.Join("\n", items.Select(item => "- " + item)));

    /// <summary>A section: separated from what comes before, with some room.</summary>
    public static JsonObject Section(IEnumerable<JsonNode?> items, string? style = null) =>
        AdaptiveCard.Container(items, style: style).With("separator", true).With("spacing", "Large");

    public static JsonObject ActionSet(params JsonNode?[] actions) =>
        new() { ["type"] = "ActionSet", ["actions"] = new JsonArray(actions.Where(action => action is not null).ToArray()) };

    public static JsonObject ToggleVisibility(string title, string targetId) => new()
    {
        ["type"] = "Action.ToggleVisibility",
        ["title"] = title,
        ["targetElements"] = new JsonArray(targetId),
    };

    /// <summary>
    /// Action.Execute for Teams, with an Action.Submit fallback carrying the same data plus "action"
    /// for clients without Action.Execute (docs/protocol.md §5.1).
    /// </summary>
    public static JsonObject Execute(string title, string verb, JsonObject data)
    {
        var fallbackData = new JsonObject { ["action"] = verb };
        foreach (var (name, value) in data)
        {
            fallbackData[name] = value?.DeepClone();
        }

        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data,
            ["fallback"] = AdaptiveCard.Submit(title, fallbackData, withInputs: false),
        };
    }
}
