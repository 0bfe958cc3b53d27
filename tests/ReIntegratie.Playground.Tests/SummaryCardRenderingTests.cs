using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Microsoft.Extensions.Time.Testing;
using ReIntegratie.Bot.Cards.Registrations;
using ReIntegratie.Bot.Cards.Summary;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;
using ReIntegratie.Domain.Registrations;
using ReIntegratie.Domain.Schedule;
using ReIntegratie.Domain.Summary;
using ReIntegratie.Playground.Tests.Support;
using Xunit.Abstractions;

namespace ReIntegratie.Playground.Tests;

/// <summary>
/// The professional's summary card drawn by the Adaptive Cards renderer in Chromium at 560 px (a Teams
/// panel): the first screen must fit in 900 px, open fully with one button, and pass axe.
/// </summary>
public sealed class SummaryCardRenderingTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const int Width = 560;
    public const int MaxFirstScreen = 900;

    private static readonly PreparationContent Content = PreparationContent.Default;
    private Chromium browser = null!;

    public async Task InitializeAsync()
    {
        browser = await Chromium.LaunchAsync(width: Width, height: MaxFirstScreen);
        await browser.Page.SetContentAsync(
            $"<!doctype html><html lang=\"nl\"><head><title>Samenvatting</title><style>body{{margin:0;font-family:'Segoe UI',sans-serif}} main{{width:{Width}px}}</style></head><body><main id=\"host\"></main></body></html>");
        await browser.Page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(RepositoryPaths.Root, "bot", "Playground", "wwwroot", "lib", "adaptivecards.min.js") });
        await browser.Page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(RepositoryPaths.Root, "bot", "Playground", "node_modules", "markdown-it", "dist", "markdown-it.min.js") });
    }

    public async Task DisposeAsync() => await browser.DisposeAsync();

    [Fact]
    public async Task FirstScreen_ShouldFitIn900PxAndOpenWithOneButton_WhenTheClientFinished()
    {
        var height = await RenderAsync(Card(Finished()));
        var shot = await browser.ScreenshotAsync(RepositoryPaths.Artifact("summary-first-screen"));
        output.WriteLine($"first screen {height} px: {shot}");
        var readme = Path.Combine(RepositoryPaths.Root, "docs", "summary-card.png");
        if (Environment.GetEnvironmentVariable("REINTEGRATIE_UPDATE_SCREENSHOT") == "1")
        {
            await browser.Page.Locator("#host").ScreenshotAsync(new LocatorScreenshotOptions { Path = readme });
        }

        Assert.InRange(height, 200, MaxFirstScreen - 1);
        var showAll = browser.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = Content.Texts.Get("summaryCard.showAll", Language.Dutch), Exact = true });
        Assert.Equal(1, await showAll.CountAsync());
        await showAll.ClickAsync();
        Assert.True(await HeightAsync() > height + 500, "Alles tonen opens the rest");
    }

    [Fact]
    public async Task SummaryCard_ShouldHaveNoSeriousAxeFindings_WhenOpenedInFull()
    {
        await RenderAsync(Card(Finished()));
        await browser.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = Content.Texts.Get("summaryCard.showAll", Language.Dutch), Exact = true }).ClickAsync();

        var result = await browser.Page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help}{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", v.Nodes.Take(5).Select(n => n.Html)))));
    }

    [Fact]
    public async Task FirstScreen_ShouldFitIn900Px_WhenTheClientIsHalfway()
    {
        var answers = new PreparationAnswers();
        Answer(answers, "has-work", QuestionAnswer.Choice("yes"));
        Answer(answers, "conversation-goal", QuestionAnswer.FreeText("Weten wat ik nog kan."));

        var height = await RenderAsync(Card(answers));

        Assert.InRange(height, 100, MaxFirstScreen - 1);
    }

    [Fact]
    public async Task SummaryCard_ShouldShowTheGridAndBothDaysInFull_WhenTheClientSharedAnOmaRegistration()
    {
        var start = new DateOnly(2026, 9, 7);
        var assignment = RegistrationAssignment.CreateOma("oma-1", "a1", start, "hoofdpijn", Local(start.AddDays(-1), 20), 14);
        for (var day = 0; day < 14; day++)
        {
            var date = start.AddDays(day);
            foreach (var slot in OmaSlots.All)
            {
                var occurred = date.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday && slot is OmaSlot.AfternoonSecondHalf or OmaSlot.EveningFirstHalf;
                Assert.Equal(EntryOutcome.Recorded, assignment.RecordOma(date, slot, occurred, null, Local(date, 22)).Outcome);
            }
        }

        var overview = new RegistrationOverview(Content.Texts, new FakeTimeProvider(Local(start.AddDays(14), 9)));
        await RenderAsync(new SummaryCardBuilder(Content.Texts).Build(Model(Finished()) with { OmaResults = [overview.Result(assignment)] }));
        await browser.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = Content.Texts.Get("summaryCard.showAll", Language.Dutch), Exact = true }).ClickAsync();

        var table = browser.Page.Locator("#host table, #host [role=table]").First;
        await Assertions.Expect(table).ToBeVisibleAsync();
        var shown = await browser.Page.Locator("#host").InnerTextAsync();
        Assert.Contains("Op maandag, 2e helft middag: 2 van de 2 keer ‘ja’ ingevuld.", shown, StringComparison.Ordinal);
        Assert.Contains("Op donderdag, 1e helft avond: 2 van de 2 keer ‘ja’ ingevuld.", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Herken je dat", shown, StringComparison.Ordinal);
    }

    private static DateTimeOffset Local(DateOnly date, int hour) =>
        AmsterdamTime.FromLocal(date, new TimeOnly(hour, 0)) ?? throw new ArgumentException("The test time does not exist.");

    /// <summary>A client who went through everything: every card, the list with an own value, the circles and an own agenda.</summary>
    private static PreparationAnswers Finished()
    {
        var answers = new PreparationAnswers();
        Answer(answers, "has-work", QuestionAnswer.Choice("yes"));
        while (answers.NextQuestion(Content) is { } question)
        {
            Answer(answers, question.Id, question.Kind switch
            {
                QuestionKind.Scale => QuestionAnswer.Rating(3),
                QuestionKind.FreeText => QuestionAnswer.FreeText("In mijn eigen woorden: dit is wat ik hierover kwijt wil, in twee zinnen. Meer hoeft niet."),
                _ => QuestionAnswer.Choice(question.Options[0].Id),
            });
        }

        int[][] ratings = [[5, 4, 2], [4, 4, 1], [5, 4, 1], [5, 2, 5], [4, 5, 4], [3, 3, 3], [3, 1, 1]];
        foreach (var (value, rating) in Content.Capabilities.Values.Zip(ratings))
        {
            Assert.True(answers.AnswerCapability(Content, value.Id, CapabilityAnswer.Of(rating[0], rating[1], rating[2])).IsValid);
        }

        Assert.True(answers.SetExtraValue(Content, new ExtraValueAnswer("Rust in mijn hoofd", 3, 2)).IsValid);
        foreach (var valueId in answers.ValuesToOffer(Content))
        {
            Assert.True(answers.PlaceValue(Content, valueId, Circle.CouldBeBetter).IsValid);
        }

        Assert.True(answers.SetOwnAgenda(Content, "Ik wil weten of ik weer in de zorg kan werken. Misschien eerst minder uren.").IsValid);
        return answers;
    }

    private static void Answer(PreparationAnswers answers, string questionId, QuestionAnswer answer) =>
        Assert.True(answers.Answer(Content, questionId, answer).IsValid, questionId);

    private static JsonObject Card(PreparationAnswers answers) => new SummaryCardBuilder(Content.Texts).Build(Model(answers));

    private static SummaryCardModel Model(PreparationAnswers answers) =>
        new(
            "a1", "Sanne de Vries", new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), AppointmentStatus.Shared, Language.Dutch,
            PreparationProgress.Of(answers, Content, PreparationParts.All),
            PreparationSummaryBuilder.Build(answers, Content, PreparationParts.All, Language.Dutch));

    /// <summary>Renders the card as Web Chat does (markdown-it) and returns its height in px.</summary>
    private async Task<double> RenderAsync(JsonObject card)
    {
        await browser.Page.EvaluateAsync(
            """
            (json) => {
              const md = window.markdownit();
              AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = md.render(text); result.didProcess = true; };
              // As the playground does: the renderer puts aria-expanded on the toggled container, not only on its button.
              AdaptiveCards.AdaptiveCard.onElementVisibilityChanged = (element) => setTimeout(() => element.renderedElement?.removeAttribute('aria-expanded'), 0);
              const card = new AdaptiveCards.AdaptiveCard();
              card.parse(JSON.parse(json));
              document.getElementById('host').replaceChildren(card.render());
            }
            """,
            card.ToJsonString());
        return await HeightAsync();
    }

    private async Task<double> HeightAsync() =>
        await browser.Page.EvaluateAsync<double>("() => document.getElementById('host').getBoundingClientRect().height");
}
