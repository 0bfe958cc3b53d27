using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using ReIntegratie.Bot.Cards.Registrations;
using ReIntegratie.Bot.Cards.Summary;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Tests.Cards;

/// <summary>The professional's view of a shared OMA registration, with the method's Monday/Thursday vector.</summary>
public sealed class OmaResultCardTests
{
    private static readonly SummaryCardBuilder Builder = new(TextCatalog.Default);

    private static JsonObject Card()
    {
        var overview = new RegistrationOverview(TextCatalog.Default, new FakeTimeProvider(OmaSeed.After));
        var model = SummaryCardSamples.Complete() with { RegistrationLines = [], OmaResults = [overview.Result(OmaSeed.Build())] };
        return Builder.Build(model);
    }

    [Fact]
    public void SummaryCard_ShouldNameBothDaysAndBothSlotsInFull_WhenGivenTheMondayThursdayVector()
    {
        var texts = CardJson.Texts(Card());

        var patterns = texts.Single(text => text.Contains("Op maandag, 2e helft middag", StringComparison.Ordinal));
        Assert.Equal(
            [
                "- Op maandag, 2e helft middag: 3 van de 3 keer ‘ja’ ingevuld.",
                "- Op maandag, 1e helft avond: 3 van de 3 keer ‘ja’ ingevuld.",
                "- Op donderdag, 2e helft middag: 3 van de 3 keer ‘ja’ ingevuld.",
                "- Op donderdag, 1e helft avond: 3 van de 3 keer ‘ja’ ingevuld.",
            ],
            patterns.Split('\n'));
        Assert.DoesNotContain(texts, text => text.Contains("Herken je dat", StringComparison.Ordinal) || text.Contains('…'));
    }

    [Fact]
    public void SummaryCard_ShouldShowAWeekdayBySlotTableWithALegend_WhenAnOmaRegistrationIsShared()
    {
        var card = Card();

        var table = CardJson.Objects(card).Single(node => (string?)node["type"] == "Table");
        var rows = table["rows"]!.AsArray();
        Assert.Equal(8, rows.Count);
        string CellText(int row, int cell) => (string)rows[row]!["cells"]![cell]!["items"]![0]!["text"]!;
        Assert.Equal(["Dag", "1e helft ochtend", "2e helft ochtend", "1e helft middag", "2e helft middag", "1e helft avond", "2e helft avond"], Enumerable.Range(0, 7).Select(c => CellText(0, c)));
        Assert.Equal(["maandag", "0/3", "0/3", "0/3", "3/3", "3/3", "0/3"], Enumerable.Range(0, 7).Select(c => CellText(1, c)));
        Assert.Equal(["donderdag", "0/3", "0/3", "0/3", "3/3", "3/3", "0/3"], Enumerable.Range(0, 7).Select(c => CellText(4, c)));
        Assert.Contains(BotTexts.Nl("summaryCard.oma.legend"), CardJson.Texts(card));
        Assert.Empty(AdaptiveCardValidator.Errors(card));
    }

    [Fact]
    public void SummaryCard_ShouldShowTheClientsNotesAsTheirWords_WhenTheyAddedSome()
    {
        var texts = CardJson.Texts(Card());

        Assert.Contains(BotTexts.Nl("summaryCard.oma.notesTitle"), texts);
        Assert.Contains(texts, text => text.Contains("maandag 14-09, 2e helft middag: Teamoverleg, veel mensen door elkaar · ergernis, schuldgevoel", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains("126 van de 126 gevraagde momenten, 0 nog open", StringComparison.Ordinal));
    }

    [Fact]
    public void RegistrationsCard_ShouldShowTheGridAndBothDays_WhenOpenedFromMyAppointments()
    {
        var overview = new RegistrationOverview(TextCatalog.Default, new FakeTimeProvider(OmaSeed.After));

        var card = Builder.BuildRegistrations("Sanne", [overview.Result(OmaSeed.Build())], Domain.Content.Language.Dutch);

        var texts = CardJson.Texts(card);
        Assert.Equal("Registraties van Sanne", texts[0]);
        Assert.Single(CardJson.Objects(card), node => (string?)node["type"] == "Table");
        Assert.Contains(texts, text => text.Contains("Op donderdag, 1e helft avond", StringComparison.Ordinal));
        Assert.Empty(AdaptiveCardValidator.Errors(card));
    }
}
