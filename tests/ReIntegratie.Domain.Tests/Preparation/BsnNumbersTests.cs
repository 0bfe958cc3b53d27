using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Tests.Preparation;

public sealed class BsnNumbersTests
{
    [Theory]
    [InlineData("Mijn BSN is 123456782.")]
    [InlineData("Nummer: 123 456 782")]
    [InlineData("111.222.333 staat op mijn pas")]
    public void Contains_ShouldFindTheNumber_WhenItPassesTheElevenTest(string text)
    {
        Assert.True(BsnNumbers.Contains(text));
        Assert.DoesNotContain("2", BsnNumbers.Mask(text, "[BSN]"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("Bel me op 0612345678")]
    [InlineData("000000000")]
    [InlineData("Ik werkte 12 jaar, 3 maanden")]
    public void Contains_ShouldFindNothing_WhenNoNumberPassesTheElevenTest(string text)
    {
        Assert.False(BsnNumbers.Contains(text));
        Assert.Equal(text, BsnNumbers.Mask(text, "[BSN]"));
    }

    [Fact]
    public void Mask_ShouldReplaceOnlyTheNumber_WhenTheTextHoldsOne()
    {
        Assert.Equal("Mijn BSN is [BSN], bel me.", BsnNumbers.Mask("Mijn BSN is 123 456 782, bel me.", "[BSN]"));
    }
}
