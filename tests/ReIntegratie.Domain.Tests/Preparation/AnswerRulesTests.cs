using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Tests.Preparation;

public sealed class AnswerRulesTests
{
    private static Question Question(string id) => CardSet.Default.FindQuestion(id)!;

    private static AnswerCheck Check(string questionId, QuestionAnswer answer)
    {
        var question = Question(questionId);
        return AnswerRules.Check(question, AnswerRules.Normalize(question, answer));
    }

    [Theory]
    [InlineData("has-work")]
    [InlineData("confidence")]
    [InlineData("skills-proud")]
    [InlineData("practical-needs")]
    public void Check_ShouldAcceptSkipAndRatherTell_WhenGivenForAnyQuestion(string questionId)
    {
        Assert.True(Check(questionId, QuestionAnswer.Skipped).IsValid);
        Assert.True(Check(questionId, QuestionAnswer.RatherTellInConversation).IsValid);
    }

    [Fact]
    public void Check_ShouldRefuseASkipWithContent_WhenOptionsComeWithIt() =>
        Assert.Equal(
            AnswerProblem.DoesNotFitQuestion,
            Check("has-work", QuestionAnswer.Skipped with { OptionIds = ["yes"] }).Problem);

    [Fact]
    public void Check_ShouldRefuseAnUnknownOption_WhenTheIdIsNotOnTheQuestion() =>
        Assert.Equal(AnswerProblem.UnknownOption, Check("has-work", QuestionAnswer.Choice("maybe")).Problem);

    [Fact]
    public void Check_ShouldRefuseTwoOptions_WhenTheQuestionIsSingleChoice() =>
        Assert.Equal(AnswerProblem.OneChoiceOnly, Check("has-work", QuestionAnswer.Choice("yes", "no")).Problem);

    [Fact]
    public void Check_ShouldAcceptSeveralOptions_WhenTheQuestionIsMultiChoice() =>
        Assert.True(Check("practical-needs", QuestionAnswer.Choice("interpreter", "breaks")).IsValid);

    [Fact]
    public void Check_ShouldRefuseAnExclusiveOptionWithOthers_WhenMultiChoice() =>
        Assert.Equal(
            AnswerProblem.ExclusiveCombined,
            Check("practical-needs", QuestionAnswer.Choice("interpreter", "nothing-extra")).Problem);

    [Fact]
    public void Check_ShouldAcceptTheSameOptionTwiceAsOne_WhenNormalised()
    {
        var question = Question("has-work");
        var normalized = AnswerRules.Normalize(question, QuestionAnswer.Choice("yes", "yes"));

        Assert.Equal(["yes"], normalized.OptionIds);
        Assert.True(AnswerRules.Check(question, normalized).IsValid);
    }

    [Fact]
    public void Normalize_ShouldOrderOptionsAsTheCardShowsThem_WhenChosenInAnotherOrder() =>
        Assert.Equal(
            ["contact", "income"],
            AnswerRules.Normalize(Question("work-gives"), QuestionAnswer.Choice("income", "contact")).OptionIds);

    [Fact]
    public void Check_ShouldAcceptOwnWordsWithAChoice_WhenTheQuestionAllowsFreeText()
    {
        Assert.True(Check("work-gives", QuestionAnswer.ChoiceWithText(["contact"], "Een vaste plek")).IsValid);
        Assert.True(Check("stuck-pattern", QuestionAnswer.ChoiceWithText([], "Ik zit er een beetje tussenin")).IsValid);
    }

    [Fact]
    public void Check_ShouldRefuseText_WhenTheChoiceTakesNone() =>
        Assert.Equal(
            AnswerProblem.TextNotAllowed,
            Check("has-work", QuestionAnswer.ChoiceWithText(["yes"], "Twintig uur")).Problem);

    [Fact]
    public void Check_ShouldRefuseNoChoiceAndNoText_WhenAnswered() =>
        Assert.Equal(AnswerProblem.NoChoice, Check("work-gives", QuestionAnswer.ChoiceWithText([], "   ")).Problem);

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Check_ShouldRefuseAScaleValue_WhenOutsideOneToFive(int value) =>
        Assert.Equal(AnswerProblem.ScaleOutOfRange, Check("confidence", QuestionAnswer.Rating(value)).Problem);

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Check_ShouldAcceptAScaleValue_WhenOnTheBoundaries(int value) =>
        Assert.True(Check("confidence", QuestionAnswer.Rating(value)).IsValid);

    [Fact]
    public void Check_ShouldRefuseTextOnAScale_WhenGivenBoth() =>
        Assert.Equal(
            AnswerProblem.DoesNotFitQuestion,
            Check("confidence", QuestionAnswer.Rating(3) with { Text = "drie" }).Problem);

    [Fact]
    public void Check_ShouldAcceptTheMaximumAndRefuseOneCharacterMore_WhenTextIsLong()
    {
        var max = Question("skills-proud").MaxLength!.Value;

        Assert.True(Check("skills-proud", QuestionAnswer.FreeText(new string('a', max))).IsValid);
        var tooLong = Check("skills-proud", QuestionAnswer.FreeText(new string('a', max + 1)));
        Assert.Equal(AnswerProblem.TextTooLong, tooLong.Problem);
        Assert.Equal(max, tooLong.Limit);
    }

    [Fact]
    public void Check_ShouldCountTheTrimmedText_WhenSpacesSurroundIt()
    {
        var max = Question("skills-proud").MaxLength!.Value;

        Assert.True(Check("skills-proud", QuestionAnswer.FreeText("  " + new string('a', max) + "  ")).IsValid);
    }

    [Fact]
    public void Check_ShouldRefuseEmptyText_WhenAFreeTextQuestionIsAnswered() =>
        Assert.Equal(AnswerProblem.TextEmpty, Check("skills-proud", QuestionAnswer.FreeText("  ")).Problem);

    [Fact]
    public void Check_ShouldRefuseOptions_WhenTheQuestionIsFreeText() =>
        Assert.Equal(AnswerProblem.DoesNotFitQuestion, Check("skills-proud", QuestionAnswer.Choice("yes")).Problem);

    [Fact]
    public void RetryText_ShouldFillTheLimit_WhenTheTextIsTooLong()
    {
        var check = AnswerCheck.Because(AnswerProblem.TextTooLong, 500);

        Assert.Contains("500", check.RetryText(TextCatalog.Default, Language.Dutch), StringComparison.Ordinal);
        Assert.Contains("500", check.RetryText(TextCatalog.Default, Language.English), StringComparison.Ordinal);
    }
}
