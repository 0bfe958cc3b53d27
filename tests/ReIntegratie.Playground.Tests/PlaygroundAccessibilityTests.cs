using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ReIntegratie.Domain.Content;
using Xunit.Abstractions;

namespace ReIntegratie.Playground.Tests;

/// <summary>
/// axe-core on the whole playground page with every part in use: the forms and the summary card (the
/// bot's cards, drawn by the Adaptive Cards renderer), the invitation code, and Web Chat with the bot's
/// consent card. Web Chat is third-party, but it is checked too: it has no findings today, so nothing
/// needs excluding.
/// </summary>
public sealed class PlaygroundAccessibilityTests(ITestOutputHelper output) : BrowserTest()
{

    [Fact(Timeout = 3 * 60 * 1000)]
    public async Task PlaygroundPage_ShouldHaveNoSeriousOrCriticalAxeViolations_WithEveryPanelInUse()
    {
        var page = Browser.Page;
        var texts = PreparationContent.Default.Texts;
        await page.GotoAsync(Server.BaseAddress.ToString());
        var form = page.Locator("#appointment-form .ac-adaptiveCard");
        await form.GetByLabel(texts.Get("professional.form.clientName", Language.Dutch)).FillAsync("Axe Check");
        await form.GetByLabel(texts.Get("professional.form.date", Language.Dutch)).FillAsync(DateTime.Today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = texts.Get("professional.form.submit", Language.Dutch), Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#use-code")).ToBeEnabledAsync();
        await page.Locator("#use-code").ClickAsync();
        await Assertions.Expect(page.Locator("#webchat .ac-adaptiveCard").First).ToBeVisibleAsync();
        await page.Locator("#refresh-summary").ClickAsync();
        await Assertions.Expect(page.Locator("#summary-card .ac-adaptiveCard")).ToBeVisibleAsync();
        await page.Locator("#open-registration").ClickAsync();
        await Assertions.Expect(page.Locator("#registration-form .ac-adaptiveCard")).ToBeVisibleAsync();

        var result = await page.RunAxe();

        output.WriteLine($"axe: {result.Passes.Length} rules passed, {result.Violations.Length} violated");
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        if (serious.Count > 0)
        {
            var shot = await Browser.ScreenshotAsync(RepositoryPaths.Artifact("axe-failed"));
            Assert.Fail($"screenshot: {shot}{Environment.NewLine}" + string.Join(Environment.NewLine, serious.Select(v =>
                $"{v.Impact} {v.Id}: {v.Help}{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", v.Nodes.Take(5).Select(n => n.Html)))));
        }

        foreach (var minor in result.Violations)
        {
            output.WriteLine($"playground ({minor.Impact}): {minor.Id}: {minor.Help}");
        }
    }
}
