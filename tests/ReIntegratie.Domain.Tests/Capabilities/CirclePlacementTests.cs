using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Tests.Capabilities;

public sealed class CirclePlacementTests
{
    private static readonly CapabilityList List = CapabilityList.Default;

    private static readonly Dictionary<string, CapabilityAnswer> Answers = new()
    {
        ["use-skills"] = CapabilityAnswer.Of(5, 4, 4),
        ["develop-skills"] = CapabilityAnswer.Of(4, 2, 2),
        ["involved-in-decisions"] = CapabilityAnswer.Of(3, 5, 5),
        ["good-income"] = CapabilityAnswer.Of(2, 1, 1),
        ["create-value"] = new CapabilityAnswer(null, 4, 4),
    };

    [Fact]
    public void ValuesToOffer_ShouldBeTheValuesRatedFourOrFiveOnImportance_WhenInListOrder()
    {
        var offered = CirclePlacement.ValuesToOffer(List, Answers, extraValue: null);

        Assert.Equal(["use-skills", "develop-skills"], offered);
    }

    [Fact]
    public void ValuesToOffer_ShouldAddTheEighthValueLast_WhenTheClientNamedOne()
    {
        var offered = CirclePlacement.ValuesToOffer(List, Answers, new ExtraValueAnswer("Rust", 3, 3));

        Assert.Equal(["use-skills", "develop-skills", List.ExtraValue.Id], offered);
    }

    [Fact]
    public void Place_ShouldPutAndMoveValuesBetweenCircles_WhenTheyWereOffered()
    {
        var offered = CirclePlacement.ValuesToOffer(List, Answers, extraValue: null);

        var placement = CirclePlacement.Empty
            .Place("use-skills", Circle.GoingWell, offered)
            .Place("develop-skills", Circle.Later, offered)
            .Place("develop-skills", Circle.CouldBeBetter, offered);

        Assert.Equal(Circle.GoingWell, placement.CircleOf("use-skills"));
        Assert.Equal(Circle.CouldBeBetter, placement.CircleOf("develop-skills"));
        Assert.Equal(["develop-skills"], placement.In(Circle.CouldBeBetter, offered));
        Assert.Empty(placement.In(Circle.Later, offered));
        Assert.True(placement.IsComplete(offered));
    }

    [Theory]
    [InlineData("involved-in-decisions")]
    [InlineData("good-income")]
    [InlineData("create-value")]
    [InlineData("no-such-value")]
    public void Place_ShouldRefuse_WhenTheValueWasNotOffered(string valueId)
    {
        var offered = CirclePlacement.ValuesToOffer(List, Answers, extraValue: null);

        Assert.False(CirclePlacement.CanPlace(valueId, offered));
        Assert.Throws<InvalidOperationException>(() => CirclePlacement.Empty.Place(valueId, Circle.GoingWell, offered));
    }

    [Fact]
    public void KeepOnly_ShouldDropPlacements_WhenAValueIsNoLongerOffered()
    {
        var offered = CirclePlacement.ValuesToOffer(List, Answers, extraValue: null);
        var placement = CirclePlacement.Empty
            .Place("use-skills", Circle.GoingWell, offered)
            .Place("develop-skills", Circle.Later, offered);

        var kept = placement.KeepOnly(["use-skills"]);

        Assert.Null(kept.CircleOf("develop-skills"));
        Assert.Equal(Circle.GoingWell, kept.CircleOf("use-skills"));
        Assert.False(kept.IsComplete(offered));
    }
}
