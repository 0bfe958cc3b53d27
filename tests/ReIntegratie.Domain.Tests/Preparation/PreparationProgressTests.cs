using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;
using ReIntegratie.Domain.Tests.Support;

namespace ReIntegratie.Domain.Tests.Preparation;

public sealed class PreparationProgressTests
{
    private static readonly PreparationContent Content = PreparationContent.Default;

    [Fact]
    public void Progress_ShouldSayNotStarted_WhenNothingIsAnswered()
    {
        var progress = PreparationProgress.Of(new PreparationAnswers(), Content, PreparationParts.All);

        Assert.False(progress.IsStarted);
        Assert.Equal(0, progress.CardsDone);
        Assert.Equal(9, progress.CardCount);
        Assert.Equal(1, progress.CurrentCardNumber);
        Assert.Equal("Nog niet begonnen", progress.Describe(Content.Texts, Language.Dutch));
    }

    [Fact]
    public void Progress_ShouldSayBusyWithCardFourOfNine_WhenThreeCardsAreDone()
    {
        var builder = new AnswersBuilder()
            .Choice("has-work", "no").Text("conversation-goal", "Weten wat kan").Skip("practical-needs")
            .Choice("stuck-pattern", "lost").Rating("confidence", 4)
            .Text("skills-proud", "Koken").RatherTell("past-work-experience").Skip("free-time")
            .Text("gets-you-up", "Mijn kinderen");

        var progress = PreparationProgress.Of(builder.Answers, Content, PreparationParts.All);

        Assert.Equal(3, progress.CardsDone);
        Assert.Equal(4, progress.CurrentCardNumber);
        Assert.Equal("Bezig met kaart 4 van 9", progress.Describe(Content.Texts, Language.Dutch));
        Assert.Equal("Busy with card 4 of 9", progress.Describe(Content.Texts, Language.English));
    }

    [Fact]
    public void Progress_ShouldCountTheWorkValues_WhenTheCardsAreDone()
    {
        var builder = new AnswersBuilder().AllCards()
            .Value("use-skills", 5, 4, 4).Value("develop-skills", 3, 3, 3).Value("good-income", 4, 2, 2);

        var progress = PreparationProgress.Of(builder.Answers, Content, PreparationParts.All);

        Assert.True(progress.CardSetDone);
        Assert.Null(progress.CurrentCardNumber);
        Assert.Equal(3, progress.ValuesAnswered);
        Assert.Equal("Bezig met de werkwaarden: 3 van 7", progress.Describe(Content.Texts, Language.Dutch));
    }

    [Fact]
    public void Progress_ShouldBeCompleteOnlyAfterTheCircles_WhenTheListIsDone()
    {
        var builder = new AnswersBuilder().AllCards().AllValues();
        Assert.Equal("Bezig met de cirkels", PreparationProgress.Of(builder.Answers, Content, PreparationParts.All).Describe(Content.Texts, Language.Dutch));

        foreach (var valueId in builder.Answers.ValuesToOffer(Content))
        {
            builder.Place(valueId, Circle.GoingWell);
        }

        var progress = PreparationProgress.Of(builder.Answers, Content, PreparationParts.All);
        Assert.True(progress.IsComplete);
        Assert.Equal("Alles ingevuld", progress.Describe(Content.Texts, Language.Dutch));
    }

    [Fact]
    public void Progress_ShouldIgnoreTheCards_WhenOnlyTheCapabilityListWasSent()
    {
        var builder = new AnswersBuilder().Value("use-skills", 2, 2, 2);

        var progress = PreparationProgress.Of(builder.Answers, Content, PreparationParts.CapabilityList);

        Assert.True(progress.CardSetDone);
        Assert.Equal(0, progress.CardCount);
        Assert.Equal("Bezig met de werkwaarden: 1 van 7", progress.Describe(Content.Texts, Language.Dutch));
    }

    [Fact]
    public void Progress_ShouldStayComplete_WhenTheClientFinishedButDidNotShareACard()
    {
        var builder = new AnswersBuilder().AllCards().NotShared(Content.Cards.Cards[4].Id);

        var shared = builder.Answers.SharedOnly(Content, PreparationParts.CardSet);
        var progress = PreparationProgress.Of(shared, Content, PreparationParts.CardSet);

        Assert.True(progress.IsComplete);
        Assert.Equal("Alles ingevuld", progress.Describe(Content.Texts, Language.Dutch));
    }

    [Fact]
    public void Progress_ShouldStayComplete_WhenTheSharedCopyIsStoredAndReadBack()
    {
        var shared = new AnswersBuilder().AllCards().NotShared(Content.Cards.Cards[4].Id).Answers.SharedOnly(Content, PreparationParts.CardSet);

        var readBack = System.Text.Json.JsonSerializer.Deserialize<PreparationAnswers>(System.Text.Json.JsonSerializer.Serialize(shared))!;

        Assert.True(PreparationProgress.Of(readBack, Content, PreparationParts.CardSet).IsComplete);
    }
}
