using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReIntegratie.Domain.Content;
using Xunit.Abstractions;

namespace ReIntegratie.Playground.Tests;

/// <summary>
/// The client's chat on a phone (390 px) and on a desktop (1280 px): axe finds nothing serious or critical
/// at the start, on a question, on the review, on the reminder card and in the professional's panel with
/// the summary; and on every card nothing is cut off, nothing is wider than the screen, and every touch
/// target is at least 24 by 24 pixels (<see cref="PhoneLayout"/>).
/// </summary>
public sealed class ClientChatAccessibilityTests(ITestOutputHelper output) : BrowserTest(Clock)
{
    private static readonly DaytimeClock Clock = new();
    private static readonly TimeSpan JourneyLimit = TimeSpan.FromMinutes(6);
    private readonly List<string> findings = [];

    [Fact(Timeout = 9 * 60 * 1000)]
    public async Task ClientJourney_ShouldHaveNoSeriousAxeFindingsAndNothingCutOff_OnAPhoneAndADesktop()
    {
        var page = Browser.Page;
        await PhoneLayout.ResizeAsync(page, PhoneLayout.Phone);
        var (_, code) = await ClientChat.CreateAppointmentAsync(Server, "Lou Telefoon", Clock.Today);
        var checkpoints = new HashSet<string>();
        var screenshotTaken = false;
        var journey = new KeyboardJourney(page, new DirectLineClient(Server.CreateHttpClient()), PreparationContent.Default)
        {
            OnCard = async card =>
            {
                await CheckLayoutAsync(Heading(card));
                var checkpoint = Checkpoint(card, checkpoints.Count == 0);
                if (checkpoint is not null && checkpoints.Add(checkpoint))
                {
                    await CheckBothWidthsAsync(checkpoint);
                }

                if (!screenshotTaken && LongestChoice(card) >= 40)
                {
                    screenshotTaken = true;
                    await SavePhoneScreenshotAsync();
                }
            },
        };
        try
        {
            await page.GotoAsync(new Uri(Server.BaseAddress, "?code=").ToString());
            await journey.StartAsync(code);
            await journey.CompleteAsync(JourneyLimit);
            Assert.Equal(["question", "review", "start"], checkpoints.Order(StringComparer.Ordinal).ToArray());
            Assert.True(screenshotTaken, "no question with long choices was seen");

            // The professional's panel with the delivered summary, everything shown.
            await page.Locator("#run-scheduled-work").ClickAsync();
            var summary = page.Locator("#summary-card .ac-adaptiveCard");
            await Assertions.Expect(summary).ToContainTextAsync(KeyboardJourney.FreeText);
            await summary.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = ClientChat.Dutch("summaryCard.showAll"), Exact = true }).ClickAsync();
            await CheckBothWidthsAsync("professional panel with the summary");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var shot = await Browser.ScreenshotAsync(RepositoryPaths.Artifact("client-a11y-failed"));
            throw new Xunit.Sdk.XunitException(
                $"{exception.GetType().Name}: {exception.Message}{Environment.NewLine}screenshot: {shot}{Environment.NewLine}" +
                $"findings so far:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", findings.Distinct())}{Environment.NewLine}" +
                $"answers so far:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", journey.Transcript.TakeLast(10))}");
        }

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings.Distinct()));
    }

    [Fact(Timeout = 4 * 60 * 1000)]
    public async Task ReminderCard_ShouldHaveNoSeriousAxeFindingsAndNothingCutOff_OnAPhoneAndADesktop()
    {
        var page = Browser.Page;
        using var http = Server.CreateHttpClient();
        var api = new PlaygroundApi(http);
        var (appointmentId, code) = await api.CreateAppointmentAsync("Noor Herinnering", Clock.Today);
        await ClientChat.OpenAsync(page, Server, code);
        var turns = new WebChatTurns(page, new DirectLineClient(http));
        await turns.WaitAsync();
        await ClientChat.PressAsync(ClientChat.NewestCard(page), ClientChat.Dutch("journey.consent.yes"));
        await turns.WaitAsync();

        using (var assigned = await api.AssignAsync(appointmentId, await api.FilledRegistrationFormAsync(appointmentId, "hoofdpijn")))
        {
            Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        }

        using (var sent = await api.SendNextReminderAsync(appointmentId))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        var reminder = page.Locator("#webchat .ac-adaptiveCard")
            .Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = ClientChat.Dutch("registrationChat.save"), Exact = true }) })
            .Last;
        await Assertions.Expect(reminder).ToBeVisibleAsync();
        await reminder.ScrollIntoViewIfNeededAsync();

        await PhoneLayout.ResizeAsync(page, PhoneLayout.Phone);
        await CheckLayoutAsync("reminder card");
        await CheckBothWidthsAsync("reminder card");
        var shot = RepositoryPaths.Artifact("reminder-phone");
        await reminder.ScreenshotAsync(new LocatorScreenshotOptions { Path = shot });
        output.WriteLine($"screenshot: {shot}");

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings.Distinct()));
    }

    /// <summary>The steps axe must see: the first card, the first question with choices, the review.</summary>
    private static string? Checkpoint(JsonObject card, bool first)
    {
        var inputs = CardJson.Inputs(card).ToList();
        if (first)
        {
            return "start";
        }

        if (inputs.Any(i => i["id"]?.GetValue<string>()?.StartsWith("share.", StringComparison.Ordinal) == true))
        {
            return "review";
        }

        return inputs.Any(i => i["type"]?.GetValue<string>() == "Input.ChoiceSet") ? "question" : null;
    }

    private async Task CheckLayoutAsync(string where)
    {
        var size = Browser.Page.ViewportSize!;
        foreach (var problem in await PhoneLayout.ProblemsAsync(Browser.Page))
        {
            findings.Add($"{where} at {size.Width} px: {problem}");
        }
    }

    /// <summary>axe on the whole page at 390 and at 1280 px, the layout at 1280 too; ends at 390 px again.</summary>
    private async Task CheckBothWidthsAsync(string where)
    {
        var page = Browser.Page;
        foreach (var size in new[] { PhoneLayout.Phone, PhoneLayout.Desktop })
        {
            await PhoneLayout.ResizeAsync(page, size);
            if (size == PhoneLayout.Desktop)
            {
                await CheckLayoutAsync(where);
            }

            var shot = RepositoryPaths.Artifact($"client-{where.Replace(' ', '-')}-{size.Width}");
            await page.Locator(where.StartsWith("professional", StringComparison.Ordinal) ? "#professional" : "#client").ScreenshotAsync(new LocatorScreenshotOptions { Path = shot });
            var serious = await AxeCheck.SeriousAsync(page);
            output.WriteLine($"axe, {where} at {size.Width} px: {serious.Count} serious or critical");
            findings.AddRange(serious.Select(s => $"axe, {where} at {size.Width} px: {s}"));
        }

        await PhoneLayout.ResizeAsync(page, PhoneLayout.Phone);
    }

    /// <summary>
    /// A question with long choices on a phone: to TestResults/playground/ on every run, and to
    /// docs/phone-question.png (for the README) when that file is missing or REINTEGRATIE_UPDATE_SCREENSHOT=1.
    /// </summary>
    private async Task SavePhoneScreenshotAsync()
    {
        var path = RepositoryPaths.Artifact("phone-question");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Browser.Page.Locator("#client").ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        output.WriteLine($"screenshot: {path}");
        var docs = Path.Combine(RepositoryPaths.Root, "docs", "phone-question.png");
        if (!File.Exists(docs) || Environment.GetEnvironmentVariable("REINTEGRATIE_UPDATE_SCREENSHOT") == "1")
        {
            File.Copy(path, docs, overwrite: true);
            output.WriteLine($"screenshot for the README: {docs}");
        }
    }

    private static int LongestChoice(JsonObject card) =>
        CardJson.Inputs(card)
            .SelectMany(i => i["choices"]?.AsArray() ?? [])
            .Select(c => c?["title"]?.GetValue<string>()?.Length ?? 0)
            .DefaultIfEmpty(0)
            .Max();

    private static string Heading(JsonObject card) =>
        card["body"]?.AsArray().Select(b => b?["text"]?.GetValue<string>()).FirstOrDefault(t => t is not null) ?? "(card)";
}
