using System.Text.Json.Nodes;

namespace ReIntegratie.Bot.Tests.Cards;

/// <summary>Reads a card's JSON the way a person reads the card: texts, facts, containers, actions.</summary>
internal static class CardJson
{
    /// <summary>Every TextBlock text and FactSet title/value, in card order (actions excluded).</summary>
    public static List<string> Texts(JsonNode node) =>
        Objects(node).SelectMany(item => (string?)item["type"] switch
        {
            "TextBlock" => [(string?)item["text"] ?? ""],
            "FactSet" => item["facts"]!.AsArray().SelectMany(fact => new[] { (string?)fact!["title"] ?? "", (string?)fact["value"] ?? "" }),
            _ => [],
        }).ToList();

    public static List<string> FactValues(JsonNode node) =>
        Objects(node).Where(item => (string?)item["type"] == "FactSet")
            .SelectMany(item => item["facts"]!.AsArray().Select(fact => (string?)fact!["value"] ?? "")).ToList();

    public static IEnumerable<JsonObject> Containers(JsonNode node) => Objects(node).Where(item => (string?)item["type"] == "Container");

    public static IEnumerable<JsonObject> Actions(JsonNode card) =>
        Objects(card["body"]!).Where(item => ((string?)item["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true);

    public static List<JsonNode> Submits(JsonNode card) =>
        Actions(card).Where(action => (string?)action["type"] == "Action.Submit").Select(action => action["data"]!).ToList();

    /// <summary>Every object in the tree, depth first in document order (fallbacks and data included).</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject item:
                yield return item;
                foreach (var (name, child) in item)
                {
                    if (name is not ("fallback" or "data"))
                    {
                        foreach (var inner in Objects(child))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    /// <summary>Every string value anywhere in the card.</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject item => item.SelectMany(pair => Strings(pair.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}
