using System.Text.Json.Nodes;
using Microsoft.Playwright;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Playground.Tests.Support;

/// <summary>
/// Plays the client in the playground's Web Chat, the way a person would: reads the bot's newest card,
/// fills in its inputs, presses its buttons, and types into Web Chat's send box, until the preparation is
/// shared. It never sends activities itself. To know when the bot has finished a turn it waits for Web
/// Chat's POST to return (the development Direct Line answers after the turn) and for the turn's last
/// activity, read from the server, to be on screen: no sleeps, so the run is deterministic.
/// </summary>
public sealed class WebChatJourney(IPage page, DirectLineClient directLine, PreparationContent content)
{
    public const string CardFreeText = "Samen kijken welk werk bij mij past";
    public const string TypedAgenda = "Ik wil mijn energie bespreken";
    private readonly List<string> transcript = [];
    private readonly WebChatTurns turns = new(page, directLine);
    private int freeTextCount;

    /// <summary>What was answered, step by step, for a failure message.</summary>
    public IReadOnlyList<string> Transcript => transcript;

    public int Steps { get; private set; }

    /// <summary>Answers until the bot says the preparation is shared (or sends a card <paramref name="stopAt"/> picks). Bounded in steps and time.</summary>
    public async Task CompleteAsync(TimeSpan limit, int maxSteps = 150, Func<JsonObject, bool>? stopAt = null)
    {
        await foreach (var card in turns.CardsUntilAsync(content.Texts.Get("journey.review.shared", Language.Dutch), limit, maxSteps))
        {
            Steps++;
            if (stopAt?.Invoke(card) == true)
            {
                return;
            }

            await AnswerAsync(card);
        }

        transcript.Add("bot: shared");
    }

    private async Task AnswerAsync(JsonObject card)
    {
        var rendered = page.Locator("#webchat .ac-adaptiveCard").Last;
        var inputs = CardJson.Inputs(card).ToList();
        var texts = content.Texts;

        if (inputs.Any(i => WebChatTurns.Id(i).StartsWith("share.", StringComparison.Ordinal)))
        {
            transcript.Add("review: share with the switches as they are");
            await PressAsync(rendered, texts.Get("journey.review.share", Language.Dutch));
            return;
        }

        var heading = Heading(card);
        var options = (card["body"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(element => element["type"]?.GetValue<string>() == "ActionSet")
            .SelectMany(set => set["actions"]!.AsArray().OfType<JsonObject>())
            .Where(action => action["data"]?["answer"] is not null)
            .ToList();
        if (options.Count > 0)
        {
            // One tap on the option's button answers the question.
            var value = Choose(options.Select(o => o["data"]!["answer"]!.GetValue<string>()).ToList());
            var title = options.First(o => o["data"]!["answer"]!.GetValue<string>() == value)["title"]!.GetValue<string>();
            transcript.Add($"{heading}: {title}");
            await PressAsync(rendered, title);
            return;
        }

        if (inputs.Count == 0)
        {
            var first = card["actions"]![0]!["title"]!.GetValue<string>();
            transcript.Add("card without inputs: " + first);
            await PressAsync(rendered, first);
            return;
        }

        if (heading == content.Cards.OwnAgenda.Topic.In(Language.Dutch))
        {
            transcript.Add("own agenda, typed in Web Chat: " + TypedAgenda);
            var sendBox = page.Locator("#webchat [data-id='webchat-sendbox-input']");
            await sendBox.FillAsync(TypedAgenda);
            await sendBox.PressAsync("Enter");
            return;
        }

        // Every question on the card (one, or several: a work value's three, the circles, a card's open questions).
        var textIndex = 0;
        foreach (var input in inputs.Where(i => WebChatTurns.Id(i) != "text"))
        {
            if (input["type"]!.GetValue<string>() == "Input.Text")
            {
                var text = freeTextCount++ == 0 ? CardFreeText : $"Antwoord nummer {freeTextCount}";
                transcript.Add($"{heading}: {text}");
                await rendered.Locator("textarea.ac-textInput, input.ac-textInput").Nth(textIndex++).FillAsync(text);
            }
            else
            {
                var values = input["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).ToList();
                var value = Choose(values);
                transcript.Add($"{heading} {WebChatTurns.Id(input)}: {value}");
                await rendered.Locator($"input[name='{WebChatTurns.Id(input)}'][value='{value}']").First.CheckAsync();
            }
        }

        await PressAsync(rendered, texts.Get("journey.button.next", Language.Dutch));
    }

    /// <summary>The card's title: its first bold text (a question card starts with the progress line).</summary>
    private static string Heading(JsonObject card) =>
        (card["body"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(element => element["type"]?.GetValue<string>() == "TextBlock" && element["weight"]?.GetValue<string>() == "Bolder")?["text"]?.GetValue<string>() ?? "";

    /// <summary>A capability point of 4 on every 1-5 scale, "no" to the optional own value, otherwise the first option.</summary>
    private static string Choose(List<string> values)
    {
        if (values.Take(5).SequenceEqual(["1", "2", "3", "4", "5"]))
        {
            return "4";
        }

        return values.SequenceEqual(["true", "false"]) ? "false" : values[0];
    }

    private static Task PressAsync(ILocator card, string title) =>
        card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title, Exact = true }).ClickAsync();
}
