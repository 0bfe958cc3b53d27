using Deque.AxeCore.Playwright;
using System.Diagnostics;
using Microsoft.Playwright;
using ReIntegratie.Domain.Content;
using Xunit.Abstractions;

namespace ReIntegratie.Playground.Tests;

/// <summary>
/// The newcomer's two minutes, in a real browser against the real bot: create an appointment in the
/// professional panel, start the client's Web Chat with its code, go through the whole preparation by
/// pressing and typing, share, run the scheduled delivery, and find the answers in the professional's card.
/// </summary>
public sealed class PlaygroundJourneyTests(ITestOutputHelper output) : BrowserTest()
{
    private const string ClientName = "Sam Playground";
    private static readonly TimeSpan JourneyLimit = TimeSpan.FromMinutes(4);
    private readonly PreparationContent content = PreparationContent.Default;

    [Fact(Timeout = 6 * 60 * 1000)]
    public async Task Playground_ShouldShowTheClientsAnswersInTheProfessionalsCard_AfterAJourneyInWebChat()
    {
        var page = Browser.Page;
        var watch = Stopwatch.StartNew();
        using var http = Server.CreateHttpClient();
        var journey = new WebChatJourney(page, new DirectLineClient(http), content);
        try
        {
            await page.GotoAsync(Server.BaseAddress.ToString());

            // Professional: the Teams form, rendered by the Adaptive Cards renderer.
            var form = page.Locator("#appointment-form .ac-adaptiveCard");
            await form.GetByLabel(Text("professional.form.clientName")).FillAsync(ClientName);
            await form.GetByLabel(Text("professional.form.date")).FillAsync(DateTime.Today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await form.GetByLabel(Text("professional.form.time")).FillAsync("10:30");
            await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Text("professional.form.submit"), Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#invitation-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$"));
            var code = await page.Locator("#invitation-code").TextContentAsync();
            output.WriteLine($"invitation code {code}");

            // Client: Web Chat on the development Direct Line, started with the code.
            await page.Locator("#client-code").FillAsync(code!);
            await page.Locator("#start-chat-button").ClickAsync();
            await journey.CompleteAsync(JourneyLimit);
            output.WriteLine($"journey shared after {journey.Steps} steps, {watch.Elapsed.TotalSeconds:F1} s");

            // Professional: the delivery is scheduled work; run it now and see the card as Teams would get it.
            await page.Locator("#run-scheduled-work").ClickAsync();
            var summary = page.Locator("#summary-card .ac-adaptiveCard");
            await Assertions.Expect(summary).ToContainTextAsync(ClientName);
            await Assertions.Expect(summary).ToContainTextAsync(WebChatJourney.CardFreeText);
            await Assertions.Expect(page.Locator("#professional-messages")).ToContainTextAsync(ClientName);

            // The professional's panel with the whole shared summary open: no serious axe findings.
            await summary.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Text("summaryCard.showAll"), Exact = true }).ClickAsync();
            var serious = (await summary.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious.Select(v => $"{v.Impact} {v.Id}: {v.Help}: {v.Nodes.FirstOrDefault()?.Html}")));

            Assert.Empty(Browser.ExternalRequests);
            output.WriteLine($"finished in {watch.Elapsed.TotalSeconds:F1} s");
            await SaveFinishedScreenshotAsync();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var shot = await Browser.ScreenshotAsync(RepositoryPaths.Artifact("journey-failed"));
            throw new Xunit.Sdk.XunitException(
                $"{exception.GetType().Name}: {exception.Message}{Environment.NewLine}" +
                $"screenshot: {shot}{Environment.NewLine}" +
                $"answers so far:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", journey.Transcript.TakeLast(15))}{Environment.NewLine}" +
                $"page errors:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", Browser.PageErrors.TakeLast(10))}{Environment.NewLine}" +
                $"bot log:{Environment.NewLine}{Server.Logs.Tail(40)}");
        }
    }

    /// <summary>
    /// The finished flow goes to TestResults/playground/ on every run, and to docs/playground.png (for the
    /// README) only with REINTEGRATIE_UPDATE_SCREENSHOT=1, so a test run never changes a tracked file.
    /// </summary>
    private async Task SaveFinishedScreenshotAsync()
    {
        // In view: the code, the delivered card's first part, and (sticky) the end of the chat.
        await Browser.Page.EvaluateAsync("() => window.scrollTo(0, document.getElementById('invitation-heading').getBoundingClientRect().top + window.scrollY - 8)");
        var shot = await Browser.ScreenshotAsync(RepositoryPaths.Artifact("journey-finished"), fullPage: false);
        output.WriteLine($"screenshot: {shot}");
        var docs = Path.Combine(RepositoryPaths.Root, "docs", "playground.png");
        if (Environment.GetEnvironmentVariable("REINTEGRATIE_UPDATE_SCREENSHOT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(docs)!);
            File.Copy(shot, docs, overwrite: true);
            output.WriteLine($"screenshot for the README: {docs}");
        }
    }

    private string Text(string key) => content.Texts.Get(key, Language.Dutch);
}
