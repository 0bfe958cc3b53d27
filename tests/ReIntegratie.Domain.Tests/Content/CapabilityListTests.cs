using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Tests.Content;

public sealed class CapabilityListTests
{
    private static readonly CapabilityList List = CapabilityList.Default;

    [Fact]
    public void Values_ShouldBeTheSevenCanonicalWorkValues_WhenLoaded() =>
        Assert.Equal(
            [
                "Kennis en vaardigheden gebruiken",
                "Kennis en vaardigheden ontwikkelen",
                "Betrokken zijn bij belangrijke beslissingen",
                "Betekenisvolle werkcontacten met anderen hebben of opbouwen",
                "Eigen doelen stellen",
                "Een goed inkomen verdienen",
                "Een bijdrage leveren aan het creëren van iets waardevols",
            ],
            List.Values.Select(value => value.Name.Nl));

    [Fact]
    public void Questions_ShouldAskAboutTheValueInJeForm_WhenTheClientHasWork()
    {
        var phrase = List.Values[0].Phrase.Nl;

        Assert.Equal("Hoe belangrijk is het voor jou om te gebruiken wat je weet en kunt?", List.Importance.Ask(phrase, WorkSituation.WithWork, Language.Dutch));
        Assert.Equal("Geeft je werk je de kans om te gebruiken wat je weet en kunt?", List.Enablement.Ask(phrase, WorkSituation.WithWork, Language.Dutch));
        Assert.Equal("Lukt het je om te gebruiken wat je weet en kunt?", List.Realisation.Ask(phrase, WorkSituation.WithWork, Language.Dutch));
        Assert.Null(List.Enablement.HintFor(WorkSituation.WithWork));
    }

    [Theory]
    [InlineData(WorkSituation.WithoutWork)]
    [InlineData(WorkSituation.Unknown)]
    public void EnablementAndRealisation_ShouldReferToLastOrHopedForWork_WhenTheClientHasNoWork(WorkSituation situation)
    {
        var name = List.Values[1].Phrase.Nl;

        Assert.Contains("laatste werk", List.Enablement.Ask(name, situation, Language.Dutch), StringComparison.Ordinal);
        Assert.Contains("hoopt te vinden", List.Enablement.Ask(name, situation, Language.Dutch), StringComparison.Ordinal);
        Assert.Contains("laatste werk", List.Realisation.Ask(name, situation, Language.Dutch), StringComparison.Ordinal);
        Assert.Contains("last work", List.Enablement.Ask(List.Values[1].Phrase.En, situation, Language.English), StringComparison.Ordinal);
        Assert.NotNull(List.Enablement.HintFor(situation));
        Assert.True(CapabilityList.IsNotApplicableAllowed(situation));
    }

    [Fact]
    public void NotApplicable_ShouldBeAllowedOnlyWithoutWorkAndRecognised_WhenTyped()
    {
        Assert.False(CapabilityList.IsNotApplicableAllowed(WorkSituation.WithWork));
        Assert.True(List.NotApplicable.Matches("n.v.t."));
        Assert.True(List.NotApplicable.Matches("NVT"));
        Assert.True(List.NotApplicable.Matches("n/a"));
    }

    [Fact]
    public void ScaleLabels_ShouldNameAllFivePoints_WhenReadForEachQuestion()
    {
        foreach (var question in new[] { List.Importance, List.Enablement, List.Realisation })
        {
            Assert.Equal(5, question.ScaleLabels.Count);
            Assert.NotNull(question.ScaleLabel(1));
            Assert.NotNull(question.ScaleLabel(5));
            Assert.Null(question.ScaleLabel(0));
            Assert.Null(question.ScaleLabel(6));
        }

        Assert.Equal("Heel belangrijk", List.Importance.ScaleLabel(5)!.Nl);
    }

    [Fact]
    public void ExtraValue_ShouldAskWhetherSomethingIsMissingAndThenItsName_WhenOffered()
    {
        Assert.EndsWith("Is er iets dat je mist in de lijst?", List.ExtraValue.Question.Nl, StringComparison.Ordinal);
        Assert.Equal("Hoe noem je dat in je eigen woorden?", List.ExtraValue.NameQuestion.Nl);
        Assert.Equal("Buiten werken", List.NameOf(List.ExtraValue.Id, new ExtraValueAnswer("Buiten werken", 3, 3), Language.Dutch));
        Assert.Equal("Eigen doelen stellen", List.NameOf("own-goals", null, Language.Dutch));
    }

    [Fact]
    public void Circles_ShouldCarryTheGuidesNames_WhenShown()
    {
        Assert.Equal("Dit gaat al goed", List.Circles.For(Circle.GoingWell).Title.Nl);
        Assert.Equal("Dit kan beter", List.Circles.For(Circle.CouldBeBetter).Title.Nl);
        Assert.Equal("Dit komt later", List.Circles.For(Circle.Later).Title.Nl);
    }
}
