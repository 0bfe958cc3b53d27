using System.Text.Json.Nodes;
using Microsoft.Playwright;
using ReIntegratie.Bot.Cards.Summary;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;
using ReIntegratie.Domain.Summary;
using ReIntegratie.Playground.Tests.Support;

namespace ReIntegratie.Playground.Tests;

/// <summary>
/// The summary card drawn by the Adaptive Cards renderer with a CommonMark renderer (markdown-it, as Web
/// Chat uses) in Chromium: what the professional sees must be exactly what the client typed.
/// </summary>
public sealed class ClientTextRenderingTests : IAsyncLifetime
{
    public static readonly TheoryData<string> Typed =
    [
        "ICT-cursus (2 jaar). Daarna?",
        "Om 9.30 uur, 3-4 dagen!",
        "[klik](https://example.org)",
        "![x](https://example.org/i.png)",
        "**vet** en _schuin_",
        "Blij 😀 met mijn team",
        "<b>vet</b> <at>Jan</at>",
        "- dit is geen lijst",
        "1. ook geen lijst",
        "# geen kop",
        "~~weg~~ en `code`",
        @"C:\map\bestand",
    ];

    private static readonly PreparationContent Content = PreparationContent.Default;
    private Chromium browser = null!;

    public async Task InitializeAsync()
    {
        browser = await Chromium.LaunchAsync(width: 560, height: 900);
        await browser.Page.SetContentAsync("<!doctype html><html lang=\"nl\"><body><div id=\"host\"></div></body></html>");
        await browser.Page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(RepositoryPaths.Root, "bot", "Playground", "wwwroot", "lib", "adaptivecards.min.js") });
        await browser.Page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(RepositoryPaths.Root, "bot", "Playground", "node_modules", "markdown-it", "dist", "markdown-it.min.js") });
    }

    public async Task DisposeAsync() => await browser.DisposeAsync();

    [Theory]
    [MemberData(nameof(Typed))]
    public async Task SummaryCard_ShouldShowTheClientsTextExactlyAsTyped_WhenRenderedWithMarkdown(string typed)
    {
        var answers = new PreparationAnswers();
        Assert.True(answers.SetOwnAgenda(Content, typed).IsValid);
        var summary = PreparationSummaryBuilder.Build(answers, Content, PreparationParts.CardSet, Language.Dutch);
        var card = new SummaryCardBuilder(Content.Texts).Build(new SummaryCardModel(
            "a1", typed, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), AppointmentStatus.Shared, Language.Dutch,
            PreparationProgress.Of(answers, Content, PreparationParts.CardSet), summary));

        var shown = await RenderAsync(card);

        Assert.Contains(typed, shown);
        Assert.Contains(Content.Texts.Format("summaryCard.heading", Language.Dutch, new Dictionary<string, string> { ["client"] = typed }), shown);
    }

    /// <summary>The visible text of every TextBlock, as the browser lays it out.</summary>
    private async Task<IReadOnlyList<string>> RenderAsync(JsonObject card) =>
        await browser.Page.EvaluateAsync<string[]>(
            """
            (json) => {
              const md = window.markdownit();
              AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = md.render(text); result.didProcess = true; };
              const card = new AdaptiveCards.AdaptiveCard();
              card.parse(JSON.parse(json));
              const host = document.getElementById('host');
              host.replaceChildren(card.render());
              return [...host.querySelectorAll('.ac-textBlock')].map(block => block.innerText.trim());
            }
            """,
            card.ToJsonString());
}
