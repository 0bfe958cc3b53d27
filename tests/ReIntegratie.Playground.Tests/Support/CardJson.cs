using System.Text.Json.Nodes;

namespace ReIntegratie.Playground.Tests.Support;

/// <summary>Reading the bot's Adaptive Cards as JSON: their inputs, and what a submit would post.</summary>
public static class CardJson
{
    /// <summary>Every input of the card, in order (body, containers, columns).</summary>
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
