using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Cards.Summary;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Tests.Cards;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("ICT-cursus (2 jaar). Daarna?")]
    [InlineData("Om 9.30 uur, 3-4 dagen!")]
    [InlineData("Blij 😀 met #1")]
    public void Escape_ShouldLeaveTheTextAsTyped_WhenItFormsNoMarkdown(string typed)
    {
        Assert.Equal(typed, CardText.Escape(typed));
    }

    [Theory]
    [InlineData("[x](https://example.org)", @"\[x\](https://example.org)")]
    [InlineData("**vet** en _schuin_", @"\*\*vet\*\* en \_schuin\_")]
    [InlineData("<at>Jan</at>", @"\<at>Jan\</at>")]
    [InlineData("- lijst\n1. eerste\n# kop\n> citaat", "\\- lijst\n1\\. eerste\n\\# kop\n\\> citaat")]
    public void Escape_ShouldEscapeOnlyWhatMarkdownInterprets_WhenTheTextHasMarkdown(string typed, string escaped)
    {
        Assert.Equal(escaped, CardText.Escape(typed));
    }

    [Fact]
    public void SummaryCard_ShouldMaskABsn_WhenTheClientTypedOneInAnAnswer()
    {
        var model = SummaryCardSamples.Shared(new PreparationBuilder().Agenda("Mijn BSN is 123 456 782, bel me."), Language.Dutch);

        var card = new SummaryCardBuilder(TextCatalog.Default).Build(model);

        Assert.DoesNotContain("456", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(CardText.Escape("Mijn BSN is [BSN weggelaten], bel me."), CardJson.Texts(card));
    }
}
