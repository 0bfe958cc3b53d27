using System.Text.Json.Nodes;

namespace ReIntegratie.Testing;

/// <summary>Reads a card's JSON the way a person reads and uses the card: texts, facts, containers, actions, inputs.</summary>
public static class CardJson
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

    /// <summary>Every input the card shows, in order (body, containers, columns; not inside actions).</summary>
    public static IEnumerable<JsonObject> Inputs(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject element:
                if (element["type"]?.GetValue<string>() is { } type && type.StartsWith("Input.", StringComparison.Ordinal))
                {
                    yield return element;
                }

                foreach (var (name, child) in element)
                {
                    if (name is "body" or "items" or "columns")
                    {
                        foreach (var input in Inputs(child))
                        {
                            yield return input;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var input in array.SelectMany(Inputs))
                {
                    yield return input;
                }

                break;
        }
    }

    /// <summary>What the card's first submit button posts when nothing is changed: its data plus every input's preset value, as text.</summary>
    public static JsonObject SubmitData(JsonObject card)
    {
        var data = card["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var input in Inputs(card))
        {
            if (input["value"] is { } value)
            {
                data[input["id"]!.GetValue<string>()] = value.ToString();
            }
        }

        return data;
    }
}
