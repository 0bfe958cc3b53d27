using System.Text.Json;
using System.Text.RegularExpressions;
using ReIntegratie.Bot.Cards.Summary;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Tests.Cards;

/// <summary>The summary card's own texts (texts/summarycard.json): both languages, plain Dutch, all used.</summary>
public sealed partial class SummaryCardTextsTests
{
    private static readonly TextCatalog Texts = TextCatalog.Default;

    [Fact]
    public void TextKeys_ShouldExistInDutchAndEnglish_WhenTheCardUsesThem()
    {
        Assert.All(SummaryCardTextKeys.All, key =>
        {
            Assert.True(Texts.Contains(key), $"Text key '{key}' is missing.");
            Assert.Equal(Placeholders(Texts[key].Nl), Placeholders(Texts[key].En));
        });
    }

    [Fact]
    public void TextFile_ShouldHoldOnlyKeysTheCardUses_WhenLoaded()
    {
        var path = Path.Combine(RepositoryRoot.Path, "domain", "Content", "Data", "texts", "summarycard.json");
        var keys = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(File.ReadAllText(path))!.Keys;

        Assert.Equal(SummaryCardTextKeys.All.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("u")]
    [InlineData("uw")]
    [InlineData("je moet")]
    [InlineData("moet je")]
    [InlineData("ik wil dat je")]
    public void DutchTexts_ShouldUseJeAndLeaveTheChoice_WhenWritten(string phrase)
    {
        var dutch = SummaryCardTextKeys.All.Select(key => Texts[key].Nl);

        Assert.DoesNotContain(dutch, text => Regex.IsMatch(text, $@"(^|\W){Regex.Escape(phrase)}(\W|$)", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void DutchSentences_ShouldStayShort_WhenWrittenForB1Readers()
    {
        var longSentences = SummaryCardTextKeys.All
            .SelectMany(key => SentenceEnd().Split(Texts[key].Nl))
            .Where(sentence => sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 15)
            .ToList();

        Assert.Empty(longSentences);
    }

    private static List<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(match => match.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<=[.?!:])\s+|\n")]
    private static partial Regex SentenceEnd();
}
