using Microsoft.Playwright;
using ReIntegratie.Domain.Content;
using Xunit.Abstractions;

namespace ReIntegratie.Playground.Tests;

/// <summary>
/// The review on a phone (390 x 844), in Web Chat against the real bot: every answer has its own
/// "Wijzig", the question opens with the earlier answer chosen, and after the change only the changed
/// part (and the share card) comes back, far less than the whole review.
/// </summary>
public sealed class PlaygroundReviewTests(ITestOutputHelper output) : BrowserTest()
{
    private const string Question = "stuck-pattern";
    private static readonly TimeSpan JourneyLimit = TimeSpan.FromMinutes(4);
    private readonly PreparationContent content = PreparationContent.Default;

    /// <summary>The height of Web Chat's messages from the last one containing the text to the end.</summary>
    private const string HeightFrom = """
        text => {
          const items = [...document.querySelectorAll('#webchat .webchat__basic-transcript__activity')];
          const start = items.findLastIndex(item => item.textContent.includes(text));
          return start < 0 ? -1 : items.slice(start).reduce((sum, item) => sum + item.getBoundingClientRect().height, 0);
        }
        """;

    [Fact(Timeout = 6 * 60 * 1000)]
    public async Task ChangeFromTheReviewOnAPhone_ShouldOpenTheQuestionFilledIn_AndResendOnlyThatPart()
    {
        var page = Browser.Page;
        await page.SetViewportSizeAsync(390, 844);
        using var http = Server.CreateHttpClient();
        var journey = new WebChatJourney(page, new DirectLineClient(http), content);
        var step = "creating the appointment";
        try
        {
            await page.GotoAsync(Server.BaseAddress.ToString());
            var form = page.Locator("#appointment-form .ac-adaptiveCard");
            await form.GetByLabel(Text("professional.form.clientName")).FillAsync("Robin Review");
            await form.GetByLabel(Text("professional.form.date")).FillAsync(DateTime.Today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Text("professional.form.submit"), Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#invitation-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$"));
            await page.Locator("#client-code").FillAsync((await page.Locator("#invitation-code").TextContentAsync())!);
            await page.Locator("#start-chat-button").ClickAsync();

            step = "answering up to the review";
            await journey.CompleteAsync(JourneyLimit, stopAt: card => CardJson.Inputs(card).Any(input => input["id"]!.GetValue<string>().StartsWith("share.", StringComparison.Ordinal)));
            var review = await page.EvaluateAsync<double>(HeightFrom, Text("journey.review.intro"));
            var partCard = page.Locator("#webchat .ac-adaptiveCard").Filter(new LocatorFilterOptions { Has = page.GetByTitle(Tooltip(), new PageGetByTitleOptions { Exact = true }) }).Last;
            output.WriteLine($"screenshot: {await ShotOfAsync(partCard, "review-part-phone")}");

            step = "pressing Wijzig at 'where you stand'";
            var question = content.Cards.FindQuestion(Question)!;
            await page.Locator("#webchat").GetByTitle(Tooltip(), new LocatorGetByTitleOptions { Exact = true }).Last.ClickAsync();
            var opened = page.Locator("#webchat .ac-adaptiveCard").Last;
            await Assertions.Expect(opened.Locator($"input[value='{question.Options[0].Id}']")).ToBeCheckedAsync();
            await ShotAsync("question-phone", fullPage: false);

            step = "changing the answer";
            await opened.Locator($"input[value='{question.Options[^1].Id}']").CheckAsync();
            await opened.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Text("journey.button.next"), Exact = true }).ClickAsync();
            var share = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = Text("journey.review.share"), Exact = true });
            await Assertions.Expect(page.Locator("#webchat .ac-adaptiveCard").Filter(new LocatorFilterOptions { Has = share })).ToHaveCountAsync(2);
            var resent = await page.EvaluateAsync<double>(HeightFrom, Text("review.changed"));
            await ShotAsync("review-changed-phone", fullPage: false);

            output.WriteLine($"at 390 px: the whole review is {review:F0} px, after a change {resent:F0} px come back");
            Assert.True(review > 0 && resent > 0, $"review {review}, resent {resent}");
            Assert.True(resent < review / 3, $"after a change {resent:F0} px came back, the whole review is {review:F0} px");
            Assert.Empty(Browser.PageErrors);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var shot = await Browser.ScreenshotAsync(RepositoryPaths.Artifact("review-failed"));
            throw new Xunit.Sdk.XunitException(
                $"While {step}: {exception.GetType().Name}: {exception.Message}{Environment.NewLine}screenshot: {shot}{Environment.NewLine}" +
                $"steps:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", journey.Transcript.TakeLast(10))}");
        }
    }

    private async Task ShotAsync(string name, bool fullPage = true) =>
        output.WriteLine($"screenshot: {await Browser.ScreenshotAsync(RepositoryPaths.Artifact(name), fullPage)}");

    private static async Task<string> ShotOfAsync(ILocator element, string name)
    {
        var path = RepositoryPaths.Artifact(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        return Path.GetFullPath(path);
    }

    private string Tooltip() =>
        content.Texts.Format("review.changeTooltip", Language.Dutch, new Dictionary<string, string> { ["topic"] = content.Cards.FindQuestion(Question)!.Topic.Nl });

    private string Text(string key) => content.Texts.Get(key, Language.Dutch);
}
