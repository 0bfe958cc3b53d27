using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Tests.Content;

public sealed class CardSetTests
{
    private static readonly CardSet Cards = CardSet.Default;

    [Fact]
    public void Default_ShouldHoldNineCardsInOrder_WhenLoaded()
    {
        Assert.Equal(9, Cards.Cards.Count);
        Assert.Equal(Enumerable.Range(1, 9), Cards.Cards.Select(card => card.Number));
        Assert.Equal(
            ["about-conversation", "where-you-stand", "strengths", "what-matters", "day-and-energy",
             "surroundings", "work-and-employer", "earlier-experiences", "first-step"],
            Cards.Cards.Select(card => card.Id));
        Assert.Equal("Over dit gesprek", Cards.Cards[0].Title.Nl);
        Assert.Equal("Waar sta je nu?", Cards.Cards[1].Title.Nl);
        Assert.Equal("Een eerste stap", Cards.Cards[8].Title.Nl);
    }

    [Fact]
    public void Cards_ShouldHaveOneToThreeQuestionsAndAboutTwentyInAll_WhenCounted()
    {
        Assert.All(Cards.Cards, card => Assert.InRange(card.Questions.Count, 1, CardSet.MaxQuestionsPerCard));
        Assert.InRange(Cards.Questions.Count(), 18, 26);
    }

    [Fact]
    public void WorkQuestion_ShouldComeFirstWithYesPartlyNo_WhenAskedEarly()
    {
        var first = Cards.Questions.First();
        Assert.Equal(Cards.WorkSituation.Question, first.Id);
        Assert.Equal("Heb je nu werk?", first.Text.Nl);
        Assert.Equal(QuestionKind.SingleChoice, first.Kind);
        Assert.Equal(["yes", "partly", "no"], first.Options.Select(option => option.Id));
    }

    [Fact]
    public void WhereYouStand_ShouldOfferFivePatternsWithApproachAndNoneOfThese_WhenRead()
    {
        var question = Cards.FindQuestion("stuck-pattern")!;
        Assert.Equal(6, question.Options.Count);
        var patterns = question.Options.Take(5).ToList();
        Assert.All(patterns, option =>
        {
            Assert.NotNull(option.MethodTerm);
            Assert.NotNull(option.Approach);
        });
        Assert.Equal(
            ["Vastzitten in evenwicht", "Vechtend in ontregeling", "Verdwaald in heroriëntatie", "Geremd in groei", "Rennend door het proces"],
            patterns.Select(option => option.MethodTerm!.Nl));
        Assert.Null(question.Options[5].Approach);
        Assert.Equal("where-you-stand", Cards.CardOf("stuck-pattern")!.Id);
    }

    [Fact]
    public void Confidence_ShouldBeAScaleWithAFollowUpOnlyAfterOneToThree_WhenRead()
    {
        var confidence = Cards.FindQuestion("confidence")!;
        Assert.Equal(QuestionKind.Scale, confidence.Kind);
        Assert.Equal(5, confidence.ScaleLabels.Count);

        var help = Cards.FindQuestion("confidence-help")!;
        Assert.NotNull(help.Condition);
        Assert.Equal("confidence", help.Condition.Question);
        Assert.Equal(1, help.Condition.ScaleFrom);
        Assert.Equal(3, help.Condition.ScaleTo);
    }

    [Fact]
    public void WhatWorkShouldGiveYou_ShouldBeMultiSelectWithIncomeNeverFirst_WhenRead()
    {
        var question = Cards.FindQuestion("work-gives")!;
        Assert.Equal(QuestionKind.MultiChoice, question.Kind);
        Assert.Contains(question.Options, option => option.Id == "income");
        Assert.NotEqual("income", question.Options[0].Id);
        Assert.True(question.AllowsFreeText);
    }

    [Fact]
    public void WorkAndEmployer_ShouldHaveAVariantWithWorkAndOneWithout_WhenRead()
    {
        var card = Cards.FindCard("work-and-employer")!;
        Assert.All(card.Questions, question => Assert.True(question.Condition?.IsOnWorkSituation));
        Assert.Equal(2, card.Questions.Count(question => question.Condition!.WorkSituationIn.Contains(WorkSituation.WithWork)));
        Assert.Single(card.Questions, question => question.Condition!.WorkSituationIn.Contains(WorkSituation.WithoutWork));
    }

    [Theory]
    [InlineData("Ja", "yes")]
    [InlineData("  JA! ", "yes")]
    [InlineData("deels", "partly")]
    [InlineData("no", "no")]
    [InlineData("3", "no")]
    [InlineData("gedeeltelijk", "partly")]
    public void Recognize_ShouldFindTheOption_WhenTheClientTypesALabelSynonymOrNumber(string typed, string expected) =>
        Assert.Equal(expected, Cards.FindQuestion("has-work")!.Recognize(typed)?.Id);

    [Theory]
    [InlineData("misschien")]
    [InlineData("4")]
    [InlineData("")]
    public void Recognize_ShouldReturnNull_WhenTheInputMeansNoOption(string typed) =>
        Assert.Null(Cards.FindQuestion("has-work")!.Recognize(typed));

    [Fact]
    public void RecognizeMany_ShouldFindEveryPart_WhenTheClientTypesSeveralOptions()
    {
        var question = Cards.FindQuestion("practical-needs")!;
        Assert.Equal(["interpreter", "breaks"], question.RecognizeMany("tolk en pauzes")!.Select(option => option.Id));
        Assert.Equal(["someone-along", "quiet-place"], question.RecognizeMany("1, 3")!.Select(option => option.Id));
        Assert.Null(question.RecognizeMany("tolk en een olifant"));
    }

    [Theory]
    [InlineData("Ik vertel dit liever in het gesprek")]
    [InlineData("liever in het gesprek")]
    [InlineData("I’d rather tell this in the conversation")]
    [InlineData("rather tell")]
    public void RatherTell_ShouldBeRecognised_WhenTypedInEitherLanguage(string typed) =>
        Assert.True(Cards.RatherTell.Matches(typed));

    [Fact]
    public void OwnAgenda_ShouldBeAFreeTextQuestionOutsideTheCards_WhenRead()
    {
        Assert.Equal(QuestionKind.FreeText, Cards.OwnAgenda.Kind);
        Assert.NotNull(Cards.OwnAgenda.MaxLength);
        Assert.Null(Cards.CardOf(Cards.OwnAgenda.Id));
    }
}
