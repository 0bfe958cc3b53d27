using System.Text.Json.Nodes;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>
/// The typical client the journey is measured with (the README describes them): works part-time while
/// on sick leave, answers every question with a short sentence or a choice, leaves one open question
/// empty (earlier work) and keeps the health question for the conversation, rates the work values as a real client might (two capabilities, three discrepancies,
/// one of them an "energy leak"), names no own value, places each important value in a circle, and
/// shares everything. They press the card buttons in Web Chat.
/// </summary>
public sealed class TypicalClient(ClientChat chat, string sharedText)
{
    /// <summary>Open answers, by question id; a missing id is kept for the conversation.</summary>
    public static readonly IReadOnlyDictionary<string, string> OpenAnswers = new Dictionary<string, string>
    {
        ["conversation-goal"] = "Wat ik de komende maanden kan doen.",
        ["confidence-help"] = "Eerst een paar uur per week proberen.",
        ["skills-proud"] = "Ik kan goed plannen en regelen.",
        ["free-time"] = "Wandelen met de hond en koken.",
        ["gets-you-up"] = "Mijn kinderen en de hond.",
        ["proud-later"] = "Als ik weer vaste uren werk.",
        ["ordinary-day"] = "Rustig beginnen, na de lunch even liggen.",
        ["energy"] = "Drukte kost energie, buiten zijn geeft energie.",
        ["support-people"] = "Mijn partner en een goede vriendin.",
        ["employer-offered"] = "Minder uren en thuiswerken op dinsdag.",
        ["hard-at-work"] = "Het lawaai op de afdeling.",
        ["earlier-helped"] = "Ja, een coach. Rustig aan bouwen hielp.",
        ["different-this-time"] = "Dat we eerder praten als het niet gaat.",
        ["small-step"] = "Twee ochtenden per week werken.",
        ["help-wanted"] = "Zelf plannen, hulp bij gesprek met mijn baas.",
        ["own-agenda"] = "Hoe ik mijn uren rustig kan opbouwen.",
    };

    /// <summary>Choices, by question id (option ids; a scale as its number).</summary>
    public static readonly IReadOnlyDictionary<string, string> Choices = new Dictionary<string, string>
    {
        ["has-work"] = "partly",
        ["practical-needs"] = "quiet-place",
        ["stuck-pattern"] = "held-back",
        ["confidence"] = "3",
        ["work-gives"] = "contact,structure",
        ["also-playing"] = "care-for-others",
        ["help-involved"] = "gp",
    };

    /// <summary>Ratings a-b-c per work value.</summary>
    public static readonly IReadOnlyDictionary<string, (int A, int B, int C)> Ratings = new Dictionary<string, (int, int, int)>
    {
        ["use-skills"] = (5, 4, 4),
        ["develop-skills"] = (4, 2, 2),
        ["involved-in-decisions"] = (3, 3, 3),
        ["meaningful-contacts"] = (5, 4, 2),
        ["own-goals"] = (4, 3, 3),
        ["good-income"] = (4, 4, 4),
        ["create-value"] = (4, 2, 4),
    };

    public static readonly string[] KeptForTheConversation = ["past-work-experience", "health-change"];

    private const string Circle = "CouldBeBetter";

    /// <summary>Messages the client sent, from the code up to and including the one that shared.</summary>
    public int Turns { get; private set; }

    /// <summary>The progress lines the question cards showed, in order.</summary>
    public List<string> ProgressLines { get; } = [];

    public async Task TypeCodeAsync(string code)
    {
        Turns++;
        await chat.SayAsync(code);
    }

    public async Task ShareAsync(int maxTurns = 100)
    {
        while (chat.LastReply?.Text != sharedText)
        {
            if (Turns >= maxTurns)
            {
                throw new InvalidOperationException($"not shared after {maxTurns} turns; last: {chat.LastReply?.Text}");
            }

            Turns++;
            await chat.SubmitAsync(Answer(ClientChat.CardOf(chat.LastReply) ?? throw new InvalidOperationException("expected a card: " + chat.LastReply?.Text)));
        }
    }

    private JsonObject Answer(JsonObject card)
    {
        var body = card["body"]!.AsArray().OfType<JsonObject>().ToList();
        if (body.FirstOrDefault()?["text"]?.GetValue<string>() is { } first && first.StartsWith("Vraag ", StringComparison.Ordinal))
        {
            ProgressLines.Add(first);
        }

        var question = (string?)card["actions"]?[0]?["data"]?["question"] ?? (string?)ClientAnswerRule.OptionButtons(card).FirstOrDefault()?["data"]?["question"];
        var buttons = ClientAnswerRule.OptionButtons(card);
        if (buttons.Count > 0)
        {
            var values = buttons.Select(b => b["data"]!["answer"]!.GetValue<string>()).ToList();
            var wanted = question is not null && Choices.TryGetValue(question, out var choice) ? choice
                : values.Contains("false") ? "false" // no own value to add
                : values[0];
            return buttons.First(b => b["data"]!["answer"]!.GetValue<string>() == wanted)["data"]!.DeepClone().AsObject();
        }

        if (question is not null && KeptForTheConversation.Contains(question))
        {
            return Button(card, "ratherTell");
        }

        var pressed = card["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var input in ClientChat.Inputs(card))
        {
            var id = input["id"]!.GetValue<string>();
            var type = input["type"]!.GetValue<string>();
            if (type == "Input.Text" && id == "answer")
            {
                pressed[id] = question == null ? OpenAnswers["own-agenda"] : OpenAnswers[question];
            }
            else if (type == "Input.Text" && id.StartsWith("q:", StringComparison.Ordinal))
            {
                if (OpenAnswers.TryGetValue(id[2..], out var open))
                {
                    pressed[id] = open; // left empty: kept for the conversation
                }
            }
            else if (type == "Input.ChoiceSet" && id == "answer")
            {
                pressed[id] = Choices[question!];
            }
            else if (type == "Input.ChoiceSet" && id.Split(':') is [var part, var valueId])
            {
                pressed[id] = part switch
                {
                    "a" => Ratings[valueId].A.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "b" => Ratings[valueId].B.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "c" => Ratings[valueId].C.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _ => Circle,
                };
            }
        }

        return pressed;
    }

    private static JsonObject Button(JsonObject card, string action) =>
        card["actions"]!.AsArray().OfType<JsonObject>().First(a => (string?)a["data"]?["action"] == action)["data"]!.DeepClone().AsObject();
}
