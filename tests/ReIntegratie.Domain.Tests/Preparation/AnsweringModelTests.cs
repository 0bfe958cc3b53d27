using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Tests.Preparation;

public sealed class AnsweringModelTests
{
    [Fact]
    public void Seconds_ShouldBeAMomentPerScreen_PlusReadingAtTwoHundredWordsAMinute_PlusEachAnswer()
    {
        var screen = new ScreenWork(200, [AnswerInput.Text, AnswerInput.Tap]);

        Assert.Equal(AnsweringModel.SecondsPerScreen + 60 + AnsweringModel.SecondsPerText + AnsweringModel.SecondsFor(AnswerInput.Tap), AnsweringModel.Seconds(screen));
    }

    [Fact]
    public void OneTap_ShouldCostLessThanPickingFromAList_AndAnOpenAnswerTheMost()
    {
        var costs = Enum.GetValues<AnswerInput>().ToDictionary(input => input, AnsweringModel.SecondsFor);

        Assert.True(costs[AnswerInput.Tap] < costs[AnswerInput.Choice]);
        Assert.Equal(costs.Values.Max(), costs[AnswerInput.Text]);
    }

    [Fact]
    public void CountWords_ShouldCountWordsAndNumbers_NotSeparators()
    {
        Assert.Equal(6, ScreenWork.CountWords(["4 · Belangrijk", null, "Heb je nu werk?"]));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(89, 1)]
    [InlineData(90, 2)]
    [InlineData(1000, 17)]
    public void Minutes_ShouldBeRoundedAndAtLeastOne(double seconds, int minutes)
    {
        Assert.Equal(minutes, AnsweringModel.Minutes(seconds));
    }
}
