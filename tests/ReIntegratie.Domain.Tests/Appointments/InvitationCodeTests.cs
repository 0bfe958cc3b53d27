using System.Text.RegularExpressions;
using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Domain.Tests.Appointments;

public sealed partial class InvitationCodeTests
{
    private const string Example = "K7QP-M2XD-9RTA";
    private const string ExampleHash = "abf591f1a5e7499e2cd4d9912a59ad8c95ea46a785c790955121fa7685129b00";

    [GeneratedRegex("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")]
    private static partial Regex Format();

    private static InvitationCode Parse(string input)
    {
        Assert.True(InvitationCode.TryParse(input, out var code), $"'{input}' should parse.");
        return code;
    }

    [Fact]
    public void New_ShouldLookLikeThreeGroupsOfFour_WhenFormatted()
    {
        for (var i = 0; i < 200; i++)
        {
            Assert.Matches(Format(), InvitationCode.New().Formatted);
        }
    }

    [Fact]
    public void Entropy_ShouldBeAtLeastSixtyBits_WhenComputedFromLengthAndAlphabet()
    {
        Assert.Equal(32, InvitationCode.Alphabet.Distinct().Count());
        Assert.Equal(InvitationCode.Alphabet.Length, InvitationCode.Alphabet.Distinct().Count());
        Assert.Equal(60.0, InvitationCode.EntropyBits, precision: 9);
        Assert.True(InvitationCode.EntropyBits >= 60);
    }

    [Fact]
    public void Alphabet_ShouldLeaveOutLettersThatLookLikeDigits_WhenChosen()
    {
        foreach (var ambiguous in "ILOU")
        {
            Assert.DoesNotContain(ambiguous, InvitationCode.Alphabet);
        }
    }

    [Fact]
    public void New_ShouldUseTheWholeAlphabetAndNotRepeat_WhenManyCodesAreMade()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => InvitationCode.New().Formatted).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        var characters = codes.SelectMany(code => code.Replace("-", string.Empty, StringComparison.Ordinal)).ToList();
        var counts = characters.GroupBy(character => character).ToDictionary(group => group.Key, group => group.Count());
        Assert.Equal(InvitationCode.Alphabet.Order(), counts.Keys.Order());
        var expected = characters.Count / 32.0;
        Assert.All(counts.Values, count => Assert.InRange(count, expected * 0.75, expected * 1.25));
    }

    [Theory]
    [InlineData("K7QP-M2XD-9RTA")]
    [InlineData("k7qp-m2xd-9rta")]
    [InlineData("K7QP M2XD 9RTA")]
    [InlineData("  k7qpm2xd9rta  ")]
    [InlineData("K7QP–M2XD—9RTA")]
    [InlineData("K7QP.M2XD.9RTA")]
    [InlineData("K7 QP-M2 XD-9R TA")]
    [InlineData("K7QP\u00a0M2XD\u00a09RTA")]
    public void TryParse_ShouldReadTheSameCode_WhenTypedWithOtherCaseSpacesOrDashes(string typed)
    {
        var code = Parse(typed);

        Assert.Equal(Example, code.Formatted);
        Assert.Equal(Parse(Example), code);
        Assert.Equal(ExampleHash, code.Hash);
    }

    [Theory]
    [InlineData("OOOO-IIII-LLLL", "0000-1111-1111")]
    [InlineData("o1i0-lLoO-2345", "0110-1100-2345")]
    [InlineData("K7QP-M2XD-9RTO", "K7QP-M2XD-9RT0")]
    public void TryParse_ShouldReadLettersThatLookLikeDigitsAsThoseDigits_WhenTyped(string typed, string expected) =>
        Assert.Equal(expected, Parse(typed).Formatted);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("K7QP-M2XD-9RT")]
    [InlineData("K7QP-M2XD-9RTAB")]
    [InlineData("K7QP-M2XD-9RTU")]
    [InlineData("K7QP-M2XD-9RT#")]
    [InlineData("hallo, mijn code is")]
    public void TryParse_ShouldRefuse_WhenTheInputIsNotTwelveCharactersOfTheAlphabet(string? typed)
    {
        Assert.False(InvitationCode.TryParse(typed, out var code));
        Assert.Null(code);
    }

    [Fact]
    public void Hash_ShouldBeStableSha256HexOfTheNormalisedCode_WhenComputedTwice()
    {
        var code = Parse(Example);

        Assert.Equal(ExampleHash, code.Hash);
        Assert.Equal(code.Hash, Parse("k7qp m2xd 9rta").Hash);
        Assert.Matches("^[0-9a-f]{64}$", code.Hash);
        Assert.NotEqual(code.Hash, Parse("K7QP-M2XD-9RTB").Hash);
    }

    [Fact]
    public void Hash_ShouldNeverContainTheCode_WhenStored()
    {
        for (var i = 0; i < 200; i++)
        {
            var code = InvitationCode.New();
            var normalized = code.Formatted.Replace("-", string.Empty, StringComparison.Ordinal);

            Assert.DoesNotContain(normalized, code.Hash, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(code.Formatted, code.Hash, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(normalized, code.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Matches_ShouldCompareWithAStoredHash_WhenEitherCase()
    {
        var code = Parse(Example);

        Assert.True(code.Matches(ExampleHash));
        Assert.True(code.Matches(ExampleHash.ToUpperInvariant()));
        Assert.False(code.Matches(Parse("K7QP-M2XD-9RTB").Hash));
        Assert.False(code.Matches(string.Empty));
    }
}
