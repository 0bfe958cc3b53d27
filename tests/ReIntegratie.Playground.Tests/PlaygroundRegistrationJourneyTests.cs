using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Registrations;
using Xunit.Abstractions;

namespace ReIntegratie.Playground.Tests;

/// <summary>
/// A registration assignment in a real browser against the real bot: the professional makes an
/// appointment, the client uses the code in Web Chat and agrees, the professional gives an OMA
/// registration with the Teams form in the panel and sends the next reminder now, and the client
/// answers the reminder card in Web Chat. The bot's clock is at 10:00 in Amsterdam
/// (<see cref="DaytimeClock"/>), so the reminder sent is today's and its answer is accepted.
/// </summary>
public sealed class PlaygroundRegistrationJourneyTests(ITestOutputHelper output) : BrowserTest(Clock)
{
    private const string ClientName = "Noor Registratie";
    private const string Complaint = "hoofdpijn";
    private readonly TextCatalog texts = PreparationContent.Default.Texts;
    private static readonly DaytimeClock Clock = new();

    [Fact(Timeout = 4 * 60 * 1000)]
    public async Task Playground_ShouldLetTheClientAnswerAnOmaReminderInWebChat_AfterTheProfessionalGivesTheAssignmentAndSendsTheNextReminder()
    {
        var page = Browser.Page;
        var step = "opening the playground";
        try
        {
            await page.GotoAsync(Server.BaseAddress.ToString());
            Assert.Equal("nl", await page.GetAttributeAsync("html", "lang"));

            step = "creating the appointment";
            var form = page.Locator("#appointment-form .ac-adaptiveCard");
            await form.GetByLabel(Text("professional.form.clientName")).FillAsync(ClientName);
            await form.GetByLabel(Text("professional.form.date")).FillAsync(Clock.Today.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Text("professional.form.submit"), Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#invitation-code")).ToHaveTextAsync(new Regex(@"^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$"));

            step = "the client uses the code and agrees";
            await page.Locator("#use-code").ClickAsync();
            var chat = page.Locator("#webchat");
            await chat.Locator(".ac-adaptiveCard").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Text("journey.consent.yes"), Exact = true }).Last.ClickAsync();
            await page.WaitForFunctionAsync("() => window.playground.postsPending >= 2 && window.playground.postsDone === window.playground.postsPending");

            step = "the professional gives an OMA registration";
            await page.Locator("#open-registration").ClickAsync();
            var registrationForm = page.Locator("#registration-form .ac-adaptiveCard");
            await registrationForm.GetByLabel(Text("professional.assign.complaint")).FillAsync(Complaint);
            await registrationForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Text("professional.assign.submit"), Exact = true }).ClickAsync();
            var title = Text(RegistrationTextKeys.TypeTitle(RegistrationType.OmaRegistration));
            var registrationStatus = page.Locator("#registration-status");
            await Assertions.Expect(registrationStatus).ToContainTextAsync(ClientName);
            await Assertions.Expect(registrationStatus).ToContainTextAsync(title);
            await Assertions.Expect(registrationStatus).Not.ToHaveClassAsync(new Regex(@"\bproblem\b"));

            step = "the client gets the explanation";
            await Assertions.Expect(chat).ToContainTextAsync(texts.Format("registrationChat.assigned", Language.Dutch, new Dictionary<string, string> { ["title"] = title }));

            step = "the professional sends the next reminder now";
            await page.Locator("#send-reminder").ClickAsync();
            await Assertions.Expect(page.Locator("#reminder-status")).Not.ToBeEmptyAsync();
            await Assertions.Expect(page.Locator("#reminder-status")).Not.ToHaveClassAsync(new Regex(@"\bproblem\b"));
            var save = Text("registrationChat.save");
            var reminder = chat.Locator(".ac-adaptiveCard")
                .Filter(new LocatorFilterOptions { Has = page.Locator("input[value='yes']") })
                .Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = save, Exact = true }) })
                .Last;
            await Assertions.Expect(reminder).ToBeVisibleAsync();

            step = "the client answers the reminder";
            var yes = reminder.Locator("input[value='yes']");
            var slots = await yes.CountAsync();
            Assert.True(slots > 0, "the reminder card asks nothing");
            for (var i = 0; i < slots; i++)
            {
                await yes.Nth(i).CheckAsync();
            }

            await reminder.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = save, Exact = true }).ClickAsync();
            await Assertions.Expect(chat).ToContainTextAsync(Text("registration.entry.recorded"));

            Assert.Empty(Browser.ExternalRequests);
            output.WriteLine($"answered {slots} slots of the reminder");
            output.WriteLine($"screenshot: {await Browser.ScreenshotAsync(RepositoryPaths.Artifact("registration-finished"))}");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var shot = await Browser.ScreenshotAsync(RepositoryPaths.Artifact("registration-failed"));
            throw new Xunit.Sdk.XunitException(
                $"While {step}: {exception.GetType().Name}: {exception.Message}{Environment.NewLine}" +
                $"screenshot: {shot}{Environment.NewLine}" +
                $"page errors:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", Browser.PageErrors.TakeLast(10))}{Environment.NewLine}" +
                $"bot log:{Environment.NewLine}{Server.Logs.Tail(40)}");
        }
    }

    private string Text(string key) => texts.Get(key, Language.Dutch);
}
