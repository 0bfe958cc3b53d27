using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ReIntegratie.Playground.Tests;

/// <summary>
/// After an answer, where the client's focus and a screen reader's attention go: to the bot's new
/// question, not to the card just answered.
/// </summary>
public sealed class ClientChatFocusTests(ITestOutputHelper output) : BrowserTest()
{
    [Fact(Timeout = 3 * 60 * 1000)]
    public async Task Focus_ShouldMoveToTheNewCard_AfterTheClientAnswersACard()
    {
        var page = Browser.Page;
        var (_, code) = await ClientChat.CreateAppointmentAsync(Server, "Focus Test", DateOnly.FromDateTime(DateTime.Today));
        await ClientChat.OpenAsync(page, Server, code);
        var turns = new WebChatTurns(page, new DirectLineClient(Server.CreateHttpClient()));
        await turns.WaitAsync();
        var consent = ClientChat.NewestCard(page);
        var cardsBefore = await page.Locator("#webchat .ac-adaptiveCard").CountAsync();

        await ClientChat.PressAsync(consent, ClientChat.Dutch("journey.consent.yes"));
        await turns.WaitAsync();

        Assert.True(await page.Locator("#webchat .ac-adaptiveCard").CountAsync() > cardsBefore, "no new card after the consent");
        var focus = JsonNode.Parse(await page.EvaluateAsync<string>(
            """
            () => {
              const cards = [...document.querySelectorAll('#webchat .ac-adaptiveCard')];
              const active = document.activeElement;
              return JSON.stringify({ card: cards.findIndex(c => c.contains(active)), cards: cards.length, focused: active ? active.outerHTML.slice(0, 160) : null });
            }
            """))!.AsObject();
        output.WriteLine(focus.ToJsonString());
        Assert.True(focus["card"]!.GetValue<int>() == focus["cards"]!.GetValue<int>() - 1, $"the focus is not on the newest card: {focus}");
    }

    [Fact(Timeout = 3 * 60 * 1000)]
    public async Task Choices_ShouldBeGroupedUnderTheirQuestion_ForScreenReaders()
    {
        var page = Browser.Page;
        var (_, code) = await ClientChat.CreateAppointmentAsync(Server, "Groep Test", DateOnly.FromDateTime(DateTime.Today));
        await ClientChat.OpenAsync(page, Server, code);
        var turns = new WebChatTurns(page, new DirectLineClient(Server.CreateHttpClient()));
        await turns.WaitAsync();
        await ClientChat.PressAsync(ClientChat.NewestCard(page), ClientChat.Dutch("journey.consent.yes"));
        var question = await FirstCardWithAChoiceSetAsync(page, turns);
        var choiceSet = CardJson.Inputs(question).First(i => i["type"]!.GetValue<string>() == "Input.ChoiceSet");
        var label = choiceSet["label"]!.GetValue<string>();
        var choices = choiceSet["choices"]!.AsArray().Count;

        var several = choiceSet["isMultiSelect"]?.GetValue<bool>() == true;
        var group = ClientChat.NewestCard(page).GetByRole(several ? AriaRole.Group : AriaRole.Radiogroup, new LocatorGetByRoleOptions { Name = label, Exact = true });
        await Assertions.Expect(group).ToHaveCountAsync(1);
        await Assertions.Expect(group.GetByRole(several ? AriaRole.Checkbox : AriaRole.Radio)).ToHaveCountAsync(choices);
    }

    [Fact(Timeout = 3 * 60 * 1000)]
    public async Task QuestionCard_ShouldBeAnnouncedWithItsQuestion_WhenItArrives()
    {
        var page = Browser.Page;
        var label = await AtFirstChoiceQuestionAsync(page, "Voorlees Test");

        // What a screen reader says on arriving at the activity (its accessible name), and what the live region announces.
        var heard = JsonNode.Parse(await page.EvaluateAsync<string>(
            """
            () => {
              const articles = [...document.querySelectorAll('#webchat .webchat__basic-transcript__activity')].filter(a => a.querySelector('.ac-adaptiveCard'));
              const newest = articles[articles.length - 1];
              const named = newest.querySelector('[role=article][aria-labelledby]');
              const name = named ? named.getAttribute('aria-labelledby').split(' ').map(id => document.getElementById(id)?.textContent || '').join(' ') : '';
              const live = [...document.querySelectorAll('#webchat [aria-live], #webchat [role=log], #webchat [role=status]')].map(r => r.textContent).join(' ');
              return JSON.stringify({ name, live });
            }
            """))!.AsObject();
        output.WriteLine(heard.ToJsonString());
        Assert.Contains(label, heard["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(label, heard["live"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 3 * 60 * 1000)]
    public async Task QuestionCard_ShouldShowItsQuestionOnce_WithoutATextBubbleAboveTheCard()
    {
        var page = Browser.Page;
        var label = await AtFirstChoiceQuestionAsync(page, "Een Keer");

        // The bot still sends the question as the message's text (for text-only clients) ...
        var sent = await page.EvaluateAsync<string>("() => { const a = window.playground.activities.filter(a => a.attachments && a.attachments.length); return a[a.length - 1].text || ''; }");
        Assert.False(string.IsNullOrWhiteSpace(sent));

        // ... but on screen it stands once, on the card: no text bubble above it.
        var activity = page.Locator("#webchat .webchat__basic-transcript__activity").Filter(new() { Has = page.Locator(".ac-adaptiveCard") }).Last;
        await Assertions.Expect(activity.Locator(".webchat__text-content")).ToHaveCountAsync(0);
        await Assertions.Expect(activity.GetByText(label, new() { Exact = true }).Filter(new() { Visible = true })).ToHaveCountAsync(1);
    }

    /// <summary>A new client who consented and reached the first question with a choice set; returns its label.</summary>
    private async Task<string> AtFirstChoiceQuestionAsync(IPage page, string clientName)
    {
        var (_, code) = await ClientChat.CreateAppointmentAsync(Server, clientName, DateOnly.FromDateTime(DateTime.Today));
        await ClientChat.OpenAsync(page, Server, code);
        var turns = new WebChatTurns(page, new DirectLineClient(Server.CreateHttpClient()));
        await turns.WaitAsync();
        await ClientChat.PressAsync(ClientChat.NewestCard(page), ClientChat.Dutch("journey.consent.yes"));
        var question = await FirstCardWithAChoiceSetAsync(page, turns);
        return CardJson.Inputs(question).Select(i => i["label"]?.GetValue<string>()).First(l => l is not null)!;
    }

    /// <summary>Skips one-tap questions (buttons, no choice set) until a card asks with a labelled choice set.</summary>
    private static async Task<JsonObject> FirstCardWithAChoiceSetAsync(IPage page, WebChatTurns turns)
    {
        for (var turn = 0; turn < 10; turn++)
        {
            var card = (await turns.WaitAsync()).Select(WebChatTurns.CardOf).Last(c => c is not null)!;
            if (CardJson.Inputs(card).Any(i => i["type"]!.GetValue<string>() == "Input.ChoiceSet"))
            {
                return card;
            }

            await ClientChat.PressAsync(ClientChat.NewestCard(page), ClientChat.Dutch("journey.button.skip"));
        }

        throw new InvalidOperationException("No question with a choice set in the first ten cards.");
    }
}
