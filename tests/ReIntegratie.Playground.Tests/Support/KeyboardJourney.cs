using System.Text.Json.Nodes;
using Microsoft.Playwright;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Playground.Tests.Support;

/// <summary>
/// Plays the client in the playground's Web Chat with the keyboard alone: Tab to move (inside a card
/// Web Chat keeps Tab in the card), the arrow keys inside a group of radio buttons, Space to pick, Enter
/// to press a button, and typing.
/// It never clicks. It answers whatever the bot asks by the kind of input on the card (a choice, a
/// switch, a text), so it keeps working when the journey's questions change. After every answer the
/// focus must be on the bot's newest card: a keyboard user has no other way to get there quickly.
/// </summary>
public sealed class KeyboardJourney(IPage page, DirectLineClient directLine, PreparationContent content)
{
    public const string FreeText = "Samen kijken welk werk bij mij past";
    private const int MaxKeysPerTarget = 80;
    private readonly WebChatTurns turns = new(page, directLine);
    private readonly List<string> transcript = [];
    private int freeTextCount;

    /// <summary>What was answered, step by step, for a failure message.</summary>
    public IReadOnlyList<string> Transcript => transcript;

    public int Steps { get; private set; }

    /// <summary>Keys pressed in the chat, from the code to shared.</summary>
    public int Keys { get; private set; }

    /// <summary>Called with each new card (its JSON) before it is answered, e.g. to run axe on it.</summary>
    public Func<JsonObject, Task>? OnCard { get; init; }

    /// <summary>From the page's top: the skip link to the client chat, the code typed, Enter.</summary>
    public async Task StartAsync(string code)
    {
        await PressUntilFocusedAsync("Tab", "() => document.activeElement?.classList.contains('skip-link')");
        await PressAsync("Enter");
        await PressUntilFocusedAsync("Tab", "() => document.activeElement?.id === 'client-code'");
        await page.Keyboard.TypeAsync(code);
        Keys += code.Length;
        await PressAsync("Enter");
    }

    /// <summary>Answers until the bot says the preparation is shared. Bounded in steps and time.</summary>
    public async Task CompleteAsync(TimeSpan limit, int maxSteps = 150)
    {
        await foreach (var card in turns.CardsUntilAsync(Text("journey.review.shared"), limit, maxSteps))
        {
            Steps++;
            await AssertFocusIsOnNewestCardAsync(card);
            if (OnCard is not null)
            {
                await OnCard(card);
            }

            await AnswerAsync(card);
        }

        transcript.Add("bot: shared");
    }

    private async Task AssertFocusIsOnNewestCardAsync(JsonObject card)
    {
        var inNewest = await page.EvaluateAsync<bool>(
            """
            () => {
              const cards = document.querySelectorAll('#webchat .ac-adaptiveCard');
              return cards.length > 0 && cards[cards.length - 1].contains(document.activeElement);
            }
            """);
        if (!inNewest)
        {
            var focused = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'nothing'");
            throw new InvalidOperationException($"After the answer the focus is not on the new card \"{Heading(card)}\" but on: {focused}");
        }
    }

    private async Task AnswerAsync(JsonObject card)
    {
        var inputs = CardJson.Inputs(card).ToList();
        if (inputs.Any(i => Id(i).StartsWith("share.", StringComparison.Ordinal)))
        {
            transcript.Add("review: share with the switches as they are");
            await PressButtonAsync(card, Text("journey.review.share"));
            return;
        }

        foreach (var input in inputs)
        {
            await FillAsync(card, input);
        }

        var titles = ActionTitles(card);
        string[] forward = [Text("journey.consent.yes"), Text("journey.button.next"), Text("journey.button.yes")];
        var title = forward.FirstOrDefault(titles.Contains) ?? titles.FirstOrDefault()
            ?? throw new InvalidOperationException($"The card \"{Heading(card)}\" has no button.");
        transcript.Add($"{Heading(card)}: press {title}");
        await PressButtonAsync(card, title);
    }

    private async Task FillAsync(JsonObject card, JsonObject input)
    {
        var id = Id(input);
        switch (input["type"]!.GetValue<string>())
        {
            case "Input.ChoiceSet" when input["style"]?.GetValue<string>() == "compact" && input["isMultiSelect"]?.GetValue<bool>() != true:
                await FocusFieldAsync("active.tagName === 'SELECT'", card);
                await PressAsync("ArrowDown");
                transcript.Add($"{Heading(card)}: next option in the list");
                break;
            case "Input.ChoiceSet" when input["isMultiSelect"]?.GetValue<bool>() == true:
                var first = Values(input)[0];
                await FocusFieldAsync($"active.type === 'checkbox' && active.name === {Js(id)} && active.value === {Js(first)}", card);
                await PressAsync("Space");
                transcript.Add($"{Heading(card)}: tick {first}");
                break;
            case "Input.ChoiceSet":
                // Tab reaches a group of radio buttons once; the arrow keys move (and pick) within it.
                var value = Choose(Values(input));
                await FocusFieldAsync($"active.type === 'radio' && active.name === {Js(id)}", card);
                await PressUntilFocusedAsync("ArrowDown", $"() => document.activeElement?.type === 'radio' && document.activeElement.value === {Js(value)}");
                await PressAsync("Space");
                transcript.Add($"{Heading(card)}: {value}");
                break;
            case "Input.Text" when id != "text" || input["isRequired"]?.GetValue<bool>() == true:
                var text = freeTextCount++ == 0 ? FreeText : $"Antwoord nummer {freeTextCount}";
                await FocusFieldAsync("(active.tagName === 'TEXTAREA' || active.matches('input.ac-textInput')) && active.value === ''", card);
                await page.Keyboard.TypeAsync(text);
                Keys += text.Length;
                transcript.Add($"{Heading(card)}: {text}");
                break;
            default:
                // Switches keep their setting; optional fields stay empty.
                break;
        }
    }

    /// <summary>Tabs (forward) until the focused element of the newest card is what the condition (on <c>active</c>) wants.</summary>
    private Task FocusFieldAsync(string condition, JsonObject card) =>
        PressUntilFocusedAsync("Tab",
            $$"""
            () => {
              const cards = document.querySelectorAll('#webchat .ac-adaptiveCard');
              const newest = cards[cards.length - 1];
              const active = document.activeElement;
              return Boolean(newest && active && newest.contains(active) && ({{condition}}));
            }
            """,
            $"a field ({condition}) on the card \"{Heading(card)}\"");

    private async Task PressButtonAsync(JsonObject card, string title)
    {
        await PressUntilFocusedAsync("Tab",
            $$"""
            () => {
              const cards = document.querySelectorAll('#webchat .ac-adaptiveCard');
              const newest = cards[cards.length - 1];
              const active = document.activeElement;
              return Boolean(newest && active && newest.contains(active) && active.tagName === 'BUTTON'
                && (active.getAttribute('aria-label') || active.textContent).trim() === {{Js(title)}});
            }
            """,
            $"the button \"{title}\" on the card \"{Heading(card)}\"");
        await PressAsync("Enter");
    }

    private async Task PressUntilFocusedAsync(string key, string isFocused, string? what = null)
    {
        for (var i = 0; i < MaxKeysPerTarget; i++)
        {
            if (await page.EvaluateAsync<bool>(isFocused))
            {
                return;
            }

            await PressAsync(key);
        }

        throw new InvalidOperationException($"{key} pressed {MaxKeysPerTarget} times without reaching {what ?? isFocused}.");
    }

    private async Task PressAsync(string key)
    {
        await page.Keyboard.PressAsync(key);
        Keys++;
    }

    /// <summary>A capability point of 4 on a 1-5 scale, "no" to a yes/no question, otherwise the first option.</summary>
    private static string Choose(List<string> values)
    {
        if (values.Take(5).SequenceEqual(["1", "2", "3", "4", "5"]))
        {
            return "4";
        }

        return values.SequenceEqual(["true", "false"]) ? "false" : values[0];
    }

    private static List<string> Values(JsonObject input) =>
        input["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).ToList();

    private static List<string> ActionTitles(JsonObject card) =>
        card["actions"]?.AsArray().Select(a => a!["title"]?.GetValue<string>() ?? "").ToList() ?? [];

    private static string Heading(JsonObject card) =>
        card["body"]?.AsArray().Select(b => b?["text"]?.GetValue<string>()).FirstOrDefault(t => t is not null) ?? "(card)";

    private static string Id(JsonObject node) => node["id"]?.GetValue<string>() ?? "";

    /// <summary>A string as a JavaScript literal.</summary>
    private static string Js(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private string Text(string key) => content.Texts.Get(key, Language.Dutch);
}
