using System.Text.Json.Nodes;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>
/// Plays a client who answers whatever the bot asks, by pressing the rendered card inputs (or typing,
/// on a text channel), until the preparation is shared. Answers are chosen by a simple, fixed rule so
/// the stored result can be checked exactly.
/// </summary>
public sealed class JourneyDriver(ClientChat chat, string sharedText)
{
    public const string FreeText = "Mijn eigen antwoord";

    public int Turns { get; private set; }

    /// <summary>Answers the next question the way <see cref="ShareAsync"/> would; false once shared.</summary>
    public async Task<bool> StepAsync()
    {
        var last = chat.LastReply ?? throw new InvalidOperationException("the bot said nothing");
        if (last.Text == sharedText)
        {
            return false;
        }

        Turns++;
        if (ClientChat.CardOf(last) is { } card)
        {
            await chat.SubmitAsync(AnswerFor(card));
        }
        else
        {
            await chat.SayAsync(TypedAnswerFor(last.Text ?? ""));
        }

        return true;
    }

    public async Task ShareAsync(int maxTurns = 200)
    {
        while (Turns++ < maxTurns)
        {
            var last = chat.LastReply ?? throw new InvalidOperationException("the bot said nothing");
            if (last.Text == sharedText)
            {
                return;
            }

            if (ClientChat.CardOf(last) is { } card)
            {
                await chat.SubmitAsync(AnswerFor(card));
            }
            else
            {
                await chat.SayAsync(TypedAnswerFor(last.Text ?? ""));
            }
        }

        throw new InvalidOperationException($"not shared after {maxTurns} turns; last: {chat.LastReply?.Text}");
    }

    private static JsonObject AnswerFor(JsonObject card)
    {
        // A one-tap question: the button of the option chosen by the same rule.
        var options = OptionButtons(card);
        if (options.Count > 0)
        {
            var chosen = PickChoice(new JsonArray(options.Select(o => (JsonNode)new JsonObject { ["value"] = o["data"]!["answer"]!.GetValue<string>() }).ToArray()));
            return options.First(o => o["data"]!["answer"]!.GetValue<string>() == chosen)["data"]!.DeepClone().AsObject();
        }

        // Else the first button (share with the switches as they are, yes / take part, or next) with every question filled in.
        var pressed = card["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var input in ClientChat.Inputs(card))
        {
            var id = input["id"]!.GetValue<string>();
            switch (input["type"]!.GetValue<string>())
            {
                case "Input.ChoiceSet":
                    pressed[id] = PickChoice(input["choices"]!.AsArray());
                    break;
                case "Input.Text" when id != "text": // the answer, or one open question of several on the card
                    pressed[id] = FreeText;
                    break;
            }
        }

        return pressed;
    }

    /// <summary>The buttons in a card's body that answer its question with one tap (their data carries the answer).</summary>
    public static List<JsonObject> OptionButtons(JsonObject card) =>
        (card["body"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(element => element["type"]?.GetValue<string>() == "ActionSet")
            .SelectMany(set => set["actions"]!.AsArray().OfType<JsonObject>())
            .Where(action => action["data"]?["answer"] is not null)
            .ToList();

    /// <summary>The 4th point of a scale (important, enabled, succeeds: a capability), else the first option.</summary>
    private static string PickChoice(JsonArray choices)
    {
        var values = choices.Select(c => c!["value"]!.GetValue<string>()).ToList();
        return values.SequenceEqual(["1", "2", "3", "4", "5"]) || values.Take(5).SequenceEqual(["1", "2", "3", "4", "5"]) ? "4" : values[0];
    }

    private static string TypedAnswerFor(string text)
    {
        if (text.Contains("\n1. ", StringComparison.Ordinal) || text.StartsWith("1. ", StringComparison.Ordinal))
        {
            return text.Contains("\n5. ", StringComparison.Ordinal) && text.Contains("\n1. 1", StringComparison.Ordinal) ? "4" : "1";
        }

        return FreeText;
    }
}
