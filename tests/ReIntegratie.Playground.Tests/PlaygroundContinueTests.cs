using Microsoft.Playwright;
using ReIntegratie.Domain.Content;
using ReIntegratie.Playground.Tests.Support;
using Xunit.Abstractions;

namespace ReIntegratie.Playground.Tests;

/// <summary>
/// The client's Web Chat in a real browser: a reload or a closed tab opened again continues the same
/// conversation at the open question, and an English appointment's chat is English from the first message.
/// </summary>
public sealed class PlaygroundContinueTests(ITestOutputHelper output) : BrowserTest()
{
    private readonly PreparationContent content = PreparationContent.Default;

    [Fact(Timeout = 3 * 60 * 1000)]
    public async Task Reload_ShouldContinueTheSameChat_AtTheOpenQuestion()
    {
        var page = Browser.Page;
        await RunAsync("continue-failed", async () =>
        {
            var code = await CreateAppointmentAsync(page, "nl");
            await page.Locator("#use-code").ClickAsync();
            var chat = page.Locator("#webchat");
            await PressInLastCardAsync(page, Text("journey.consent.yes", Language.Dutch));
            var skip = content.Texts.Get("journey.button.skip", Language.Dutch);
            await Assertions.Expect(chat.Locator(".ac-adaptiveCard").Last.GetByRole(AriaRole.Button, new() { Name = skip, Exact = true })).ToBeVisibleAsync();
            await ScreenshotOfPinCardAsync(page);
            var conversationId = await page.EvaluateAsync<string>("() => window.playground.conversationId");
            var cardsBefore = await chat.Locator(".ac-adaptiveCard").CountAsync();
            var lastCardBefore = (await chat.Locator(".ac-adaptiveCard").Last.InnerTextAsync()).Split('\n')[0];

            await page.ReloadAsync();

            await page.WaitForFunctionAsync("id => window.playground.resumed && window.playground.conversationId === id", conversationId);
            await Assertions.Expect(chat.Locator(".ac-adaptiveCard").Last).ToContainTextAsync(lastCardBefore);
            Assert.Equal(0, await page.EvaluateAsync<int>("() => window.playground.postsPending"));

            var cardsAfterReload = await chat.Locator(".ac-adaptiveCard").CountAsync();
            Assert.Equal(cardsBefore, cardsAfterReload);

            // The open question is answered in the reloaded page, and the conversation goes on.
            var open = chat.Locator(".ac-adaptiveCard").Last;
            await open.GetByRole(AriaRole.Button, new() { Name = skip, Exact = true }).ClickAsync();
            await page.WaitForFunctionAsync("() => window.playground.postsDone === 1 && window.playground.postsPending === 1");
            await Assertions.Expect(chat.Locator(".ac-adaptiveCard")).ToHaveCountAsync(cardsAfterReload + 1);
            Assert.Equal(conversationId, await page.EvaluateAsync<string>("() => window.playground.conversationId"));
            await Assertions.Expect(chat).Not.ToContainTextAsync(Text("invitation.outcome.usedByAnotherConversation", Language.Dutch));
            output.WriteLine($"code {code}: conversation {conversationId} continued after a reload");

            // A closed tab opened again: the same conversation once more.
            await page.Context.Pages[0].CloseAsync();
            var again = await Browser.Browser.Contexts[0].NewPageAsync();
            await again.GotoAsync(Server.BaseAddress.ToString());
            await again.WaitForFunctionAsync("id => window.playground.resumed && window.playground.conversationId === id", conversationId);
            await Assertions.Expect(again.Locator("#webchat .ac-adaptiveCard").Last).ToContainTextAsync(content.Texts.Get("journey.button.next", Language.Dutch));
            await again.SetViewportSizeAsync(1280, 800);
            await again.ScreenshotAsync(new() { Path = RepositoryPaths.Artifact("continued-after-closed-tab-1280") });
            await again.SetViewportSizeAsync(390, 844);
            await again.Locator("#webchat").ScrollIntoViewIfNeededAsync();
            await again.ScreenshotAsync(new() { Path = RepositoryPaths.Artifact("continued-after-closed-tab-390") });
        });
    }

    [Fact(Timeout = 3 * 60 * 1000)]
    public async Task RemoveFromThisDevice_ShouldLeaveNothingOfTheChatInTheBrowser_SoAReloadStartsEmpty()
    {
        var page = Browser.Page;
        await RunAsync("remove-from-device-failed", async () =>
        {
            await CreateAppointmentAsync(page, "nl");
            var forget = page.Locator("#forget-chat");
            await Assertions.Expect(forget).ToBeHiddenAsync();
            await page.Locator("#use-code").ClickAsync();
            var chat = page.Locator("#webchat");
            await PressInLastCardAsync(page, Text("journey.consent.yes", Language.Dutch));
            await Assertions.Expect(chat.Locator(".ac-adaptiveCard").Last.GetByRole(AriaRole.Button, new() { Name = Text("journey.button.skip", Language.Dutch), Exact = true })).ToBeVisibleAsync();
            Assert.NotNull(await page.EvaluateAsync<string?>("() => localStorage.getItem('reintegratie.playground.chat')"));

            await page.SetViewportSizeAsync(390, 844);
            await forget.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = RepositoryPaths.Artifact("remove-from-device-button-390") });
            await page.SetViewportSizeAsync(1400, 1000);

            await forget.ClickAsync();

            Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('reintegratie.playground.chat')"));
            await Assertions.Expect(chat.Locator(".ac-adaptiveCard")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("#chat-status")).ToContainTextAsync("pincode");
            await Assertions.Expect(forget).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("#client-code")).ToBeFocusedAsync();
            await page.ScreenshotAsync(new() { Path = RepositoryPaths.Artifact("removed-from-device") });

            await page.ReloadAsync();
            await Assertions.Expect(page.Locator("#chat-status")).Not.ToContainTextAsync("verder in je gesprek");
            Assert.False(await page.EvaluateAsync<bool>("() => Boolean(window.playground.resumed)"));
            await Assertions.Expect(chat.Locator(".ac-adaptiveCard")).ToHaveCountAsync(0);
            await Assertions.Expect(forget).ToBeHiddenAsync();
        });
    }

    [Fact(Timeout = 3 * 60 * 1000)]
    public async Task EnglishAppointment_ShouldBeInEnglish_FromTheFirstMessage()
    {
        var page = Browser.Page;
        await RunAsync("english-failed", async () =>
        {
            await CreateAppointmentAsync(page, "en");
            await page.Locator("#use-code").ClickAsync();
            var chat = page.Locator("#webchat");

            await Assertions.Expect(chat).ToContainTextAsync(Text("bot.welcome", Language.English));
            await Assertions.Expect(chat.Locator(".ac-adaptiveCard").Last).ToContainTextAsync(Text("journey.consent.question", Language.English));
            await Assertions.Expect(chat).Not.ToContainTextAsync(Text("bot.welcome", Language.Dutch));
            await Assertions.Expect(chat.Locator(".webchat-host")).ToHaveAttributeAsync("lang", "en");
            Assert.Equal("en-US", await page.EvaluateAsync<string>("() => window.playground.chatLocale"));
            var firstBotText = await page.EvaluateAsync<string>("() => window.playground.activities.find(a => a.from.role === 'bot' && a.text).text");
            Assert.Equal(Text("bot.welcome", Language.English), firstBotText);

            // The visible choice at the start switches the chat to Dutch, and Web Chat's lang follows.
            await Assertions.Expect(chat.Locator(".ac-adaptiveCard").Last.GetByRole(AriaRole.Button, new() { Name = "Nederlands", Exact = true })).ToHaveAttributeAsync("lang", "nl");
            await PressInLastCardAsync(page, "Nederlands");
            await Assertions.Expect(chat.Locator(".ac-adaptiveCard").Last.GetByRole(AriaRole.Button, new() { Name = "English", Exact = true })).ToHaveAttributeAsync("lang", "en");
            await Assertions.Expect(chat.Locator(".ac-adaptiveCard").Last).ToContainTextAsync(Text("journey.consent.question", Language.Dutch));
            await Assertions.Expect(chat.Locator(".webchat-host")).ToHaveAttributeAsync("lang", "nl");
            await page.ScreenshotAsync(new() { Path = RepositoryPaths.Artifact("english-appointment") });
        });
    }

    /// <summary>The PIN offer after consent, as a client sees it at 1280 px and on a phone.</summary>
    private async Task ScreenshotOfPinCardAsync(IPage page)
    {
        var offer = page.Locator("#webchat .ac-adaptiveCard").Filter(new() { HasText = Text("resume.choosePin.save", Language.Dutch) });
        await Assertions.Expect(offer).ToHaveCountAsync(1);
        foreach (var (width, height) in new[] { (1280, 800), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            await offer.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = RepositoryPaths.Artifact($"pin-offer-{width}") });
        }

        await page.SetViewportSizeAsync(1400, 1000);
    }

    private async Task<string> CreateAppointmentAsync(IPage page, string language)
    {
        await page.GotoAsync(Server.BaseAddress.ToString());
        var form = page.Locator("#appointment-form .ac-adaptiveCard");
        await form.GetByLabel(Text("professional.form.clientName", Language.Dutch)).FillAsync("Sam Verder");
        await form.GetByLabel(Text("professional.form.date", Language.Dutch)).FillAsync(DateTime.Today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByLabel(Text("professional.form.time", Language.Dutch)).FillAsync("10:30");
        await form.GetByLabel(Text("professional.form.language", Language.Dutch)).SelectOptionAsync(language);
        await form.GetByRole(AriaRole.Button, new() { Name = Text("professional.form.submit", Language.Dutch), Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#invitation-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$"));
        return (await page.Locator("#invitation-code").TextContentAsync())!;
    }

    private static async Task PressInLastCardAsync(IPage page, string title)
    {
        var button = page.Locator("#webchat .ac-adaptiveCard").Last.GetByRole(AriaRole.Button, new() { Name = title, Exact = true });
        await Assertions.Expect(button).ToBeVisibleAsync();
        await button.ClickAsync();
    }

    private async Task RunAsync(string artifact, Func<Task> test)
    {
        try
        {
            await test();
            Assert.Empty(Browser.ExternalRequests);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var shot = await Browser.ScreenshotAsync(RepositoryPaths.Artifact(artifact));
            throw new Xunit.Sdk.XunitException(
                $"{exception.GetType().Name}: {exception.Message}{Environment.NewLine}screenshot: {shot}{Environment.NewLine}" +
                $"page errors:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", Browser.PageErrors.TakeLast(10))}{Environment.NewLine}" +
                $"bot log:{Environment.NewLine}{Server.Logs.Tail(30)}");
        }
    }

    private string Text(string key, Language language) => content.Texts.Get(key, language);
}
