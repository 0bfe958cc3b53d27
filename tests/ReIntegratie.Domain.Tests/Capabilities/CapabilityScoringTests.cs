using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Tests.Capabilities;

public sealed class CapabilityScoringTests
{
    public static TheoryData<int?, int?, int?, CapabilityOutcome, DiscrepancyVia, bool> Table => new()
    {
        // capability: 4 or 5 on a, b and c
        { 4, 4, 4, CapabilityOutcome.Capability, DiscrepancyVia.None, false },
        { 5, 5, 5, CapabilityOutcome.Capability, DiscrepancyVia.None, false },
        { 5, 4, 5, CapabilityOutcome.Capability, DiscrepancyVia.None, false },
        // a of 3 or lower gives neither, whatever b and c are
        { 3, 5, 5, CapabilityOutcome.Neither, DiscrepancyVia.None, false },
        { 3, 1, 1, CapabilityOutcome.Neither, DiscrepancyVia.None, false },
        { 2, 1, 5, CapabilityOutcome.Neither, DiscrepancyVia.None, false },
        { 1, 1, 1, CapabilityOutcome.Neither, DiscrepancyVia.None, false },
        // a 3 on b or c gives neither through it
        { 5, 3, 5, CapabilityOutcome.Neither, DiscrepancyVia.None, false },
        { 5, 5, 3, CapabilityOutcome.Neither, DiscrepancyVia.None, false },
        { 4, 3, 3, CapabilityOutcome.Neither, DiscrepancyVia.None, false },
        // discrepancy through c (the case study: 5-4-2, 4-4-1, 5-4-1)
        { 5, 4, 2, CapabilityOutcome.Discrepancy, DiscrepancyVia.Realisation, false },
        { 4, 4, 1, CapabilityOutcome.Discrepancy, DiscrepancyVia.Realisation, false },
        { 5, 4, 1, CapabilityOutcome.Discrepancy, DiscrepancyVia.Realisation, false },
        { 4, 3, 2, CapabilityOutcome.Discrepancy, DiscrepancyVia.Realisation, false },
        // discrepancy through b; with c high it is an energielek
        { 5, 2, 3, CapabilityOutcome.Discrepancy, DiscrepancyVia.Enablement, false },
        { 4, 1, 4, CapabilityOutcome.Discrepancy, DiscrepancyVia.Enablement, true },
        { 5, 2, 5, CapabilityOutcome.Discrepancy, DiscrepancyVia.Enablement, true },
        // b and c both low: one discrepancy
        { 5, 1, 1, CapabilityOutcome.Discrepancy, DiscrepancyVia.Both, false },
        { 4, 2, 2, CapabilityOutcome.Discrepancy, DiscrepancyVia.Both, false },
        // skipped ratings count like a 3
        { null, 5, 5, CapabilityOutcome.Neither, DiscrepancyVia.None, false },
        { 5, null, 5, CapabilityOutcome.Neither, DiscrepancyVia.None, false },
        { 5, null, 1, CapabilityOutcome.Discrepancy, DiscrepancyVia.Realisation, false },
        { 5, 1, null, CapabilityOutcome.Discrepancy, DiscrepancyVia.Enablement, false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Score_ShouldFollowTheSourceRules_WhenGivenTheRatings(
        int? importance, int? enablement, int? realisation, CapabilityOutcome outcome, DiscrepancyVia via, bool energyLeak)
    {
        var score = CapabilityScoring.Score(new CapabilityAnswer(importance, enablement, realisation));

        Assert.Equal(outcome, score.Outcome);
        Assert.Equal(via, score.Via);
        Assert.Equal(energyLeak, score.IsEnergyLeak);
    }

    [Fact]
    public void Score_ShouldNeverBeBothCapabilityAndDiscrepancy_WhenAllRatingsAreTried()
    {
        var ratings = new int?[] { null, 1, 2, 3, 4, 5 };
        foreach (var a in ratings)
        {
            foreach (var b in ratings)
            {
                foreach (var c in ratings)
                {
                    var score = CapabilityScoring.Score(new CapabilityAnswer(a, b, c));
                    Assert.False(score.IsCapability && score.IsDiscrepancy);
                    Assert.Equal(score.IsCapability, a >= 4 && b >= 4 && c >= 4);
                    Assert.Equal(score.IsDiscrepancy, a >= 4 && (b <= 2 || c <= 2));
                }
            }
        }
    }

    [Theory]
    [InlineData(5, 5, CapabilityOutcome.Neither, DiscrepancyVia.None)]
    [InlineData(5, 3, CapabilityOutcome.Neither, DiscrepancyVia.None)]
    [InlineData(5, 2, CapabilityOutcome.Discrepancy, DiscrepancyVia.Realisation)]
    [InlineData(4, 1, CapabilityOutcome.Discrepancy, DiscrepancyVia.Realisation)]
    [InlineData(3, 1, CapabilityOutcome.Neither, DiscrepancyVia.None)]
    public void Score_ShouldTreatNotApplicableOnBAsNeitherThroughB_WhenTheClientHasNoWork(
        int importance, int realisation, CapabilityOutcome outcome, DiscrepancyVia via)
    {
        var score = CapabilityScoring.Score(CapabilityAnswer.WithEnablementNotApplicable(importance, realisation));

        Assert.Equal(outcome, score.Outcome);
        Assert.Equal(via, score.Via);
        Assert.False(score.IsEnergyLeak);
    }

    [Fact]
    public void Profile_ShouldCountThreeDiscrepanciesAndNoCapability_WhenGivenTheCaseStudy()
    {
        var list = CapabilityList.Default;
        var answers = new Dictionary<string, CapabilityAnswer>
        {
            ["create-value"] = CapabilityAnswer.Of(5, 4, 2),
            ["use-skills"] = CapabilityAnswer.Of(4, 4, 1),
            ["develop-skills"] = CapabilityAnswer.Of(5, 4, 1),
        };

        var profile = CapabilityScoring.Profile(list, answers, extraValue: null);

        Assert.Equal(3, profile.DiscrepancyCount);
        Assert.Equal(0, profile.CapabilityCount);
        Assert.Equal(7, profile.Values.Count);
        Assert.Null(profile.ExtraValue);
    }

    [Fact]
    public void Profile_ShouldCountSevenCapabilitiesAndScoreTheEighthValueApart_WhenAllAreHigh()
    {
        var list = CapabilityList.Default;
        var answers = list.Values.ToDictionary(value => value.Id, _ => CapabilityAnswer.Of(5, 4, 4));
        var extra = new ExtraValueAnswer("Buiten werken", enablement: 1, realisation: 5);

        var profile = CapabilityScoring.Profile(list, answers, extra);

        Assert.Equal(7, profile.CapabilityCount);
        Assert.Equal(0, profile.DiscrepancyCount);
        Assert.NotNull(profile.ExtraValue);
        Assert.True(profile.ExtraValue.Score.IsDiscrepancy);
        Assert.True(profile.ExtraValue.Score.IsEnergyLeak);
    }

    [Theory]
    [InlineData(4, 4, CapabilityOutcome.Capability)]
    [InlineData(3, 5, CapabilityOutcome.Neither)]
    [InlineData(5, 2, CapabilityOutcome.Discrepancy)]
    public void ScoreExtraValue_ShouldTreatItsImportanceAsHigh_WhenTheClientNamedIt(int enablement, int realisation, CapabilityOutcome outcome) =>
        Assert.Equal(outcome, CapabilityScoring.Score(new ExtraValueAnswer("Vrijheid", enablement, realisation)).Outcome);

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void CapabilityAnswer_ShouldRefuse_WhenARatingIsOutsideOneToFive(int rating) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CapabilityAnswer(rating, 3, 3));

    [Fact]
    public void CapabilityAnswer_ShouldRefuse_WhenBIsBothARatingAndNotApplicable() =>
        Assert.Throws<ArgumentException>(() => new CapabilityAnswer(5, 3, 3, enablementNotApplicable: true));
}
