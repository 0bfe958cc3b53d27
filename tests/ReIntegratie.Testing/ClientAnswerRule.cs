using System.Text.Json.Nodes;

namespace ReIntegratie.Testing;

/// <summary>
/// How a simulated client (the tests' journeys and the benchmarks' load) answers whatever the bot asks,
/// by one fixed rule, so a stored result can be checked exactly and every run does the same work.
/// On a card: a one-tap question's button chosen by the rule; else the card's first action (Next, Yes,
/// Share) with what Web Chat would post: each choice set answered by the rule, each open question
/// <see cref="FreeText"/> ("in your own words" left empty), switches as they are. The rule: the 4th point
/// of a 1-5 scale, else the first option. On a text channel: "4" for a numbered 1-5 scale, "1" for other
/// numbered options, else <see cref="FreeText"/>.
/// </summary>
public static class ClientAnswerRule
{
    public const string FreeText = "Mijn eigen antwoord";
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";
    private const string OwnWordsInputId = "text";

    /// <summary>The first Adaptive Card an activity (as JSON) carries, or null.</summary>
    public static JsonObject? CardOf(JsonNode? activity) =>
        (activity?["attachments"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .FirstOrDefault(attachment => (string?)attachment["contentType"] == AdaptiveCardType)?["content"] as JsonObject;

    /// <summary>The submit data posted for the card: the chosen one-tap button's data, else the first action's data with the inputs.</summary>
    public static JsonObject Submit(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var options = OptionButtons(card);
        if (options.Count > 0)
        {
            var chosen = Choose(options.Select(option => (string)option["data"]!["answer"]!).ToList());
            return options.First(option => (string?)option["data"]!["answer"] == chosen)["data"]!.DeepClone().AsObject();
        }

        var action = (card["actions"] as JsonArray)?.FirstOrDefault() as JsonObject ?? throw new InvalidDataException("a card without buttons");
        var pressed = action["data"]?.DeepClone() as JsonObject ?? [];
        if ((string?)action["associatedInputs"] == "none")
        {
            return pressed;
        }

        foreach (var input in Inputs(card))
        {
            var id = (string)input["id"]!;
            switch ((string?)input["type"])
            {
                case "Input.ChoiceSet":
                    pressed[id] = Choose(input["choices"]!.AsArray().Select(choice => (string)choice!["value"]!).ToList());
                    break;
                case "Input.Text" when id != OwnWordsInputId:
                    pressed[id] = FreeText;
                    break;
                case "Input.Toggle":
                    pressed[id] = (string?)input["value"] ?? (string?)input["valueOff"] ?? "false";
                    break;
            }
        }

        return pressed;
    }

    /// <summary>What the client types on a text channel in answer to the bot's text.</summary>
    public static string Typed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!(text.StartsWith("1. ", StringComparison.Ordinal) || text.Contains("\n1. ", StringComparison.Ordinal)))
        {
            return FreeText;
        }

        return text.Contains("\n1. 1", StringComparison.Ordinal) && text.Contains("\n5. ", StringComparison.Ordinal) ? "4" : "1";
    }

    /// <summary>The buttons in a card's body that answer its question with one tap (their data carries the answer).</summary>
    public static List<JsonObject> OptionButtons(JsonObject card) =>
        (card["body"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(element => (string?)element["type"] == "ActionSet")
            .SelectMany(set => set["actions"]!.AsArray().OfType<JsonObject>())
            .Where(action => action["data"]?["answer"] is not null)
            .ToList();

    private static IEnumerable<JsonObject> Inputs(JsonObject card) =>
        CardJson.Objects(card["body"]).Where(item => ((string?)item["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true && item["id"] is not null);

    private static string Choose(IReadOnlyList<string> values) =>
        values.Take(5).SequenceEqual(["1", "2", "3", "4", "5"]) ? "4" : values[0];
}
