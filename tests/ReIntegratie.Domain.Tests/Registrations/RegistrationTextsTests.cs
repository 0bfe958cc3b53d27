using System.Text.RegularExpressions;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Registrations;
using static ReIntegratie.Domain.Tests.Registrations.RegistrationTestData;

namespace ReIntegratie.Domain.Tests.Registrations;

/// <summary>The registration texts: every key the code uses exists in both languages, nothing unused, and the wording rules.</summary>
public sealed partial class RegistrationTextsTests
{
    private static readonly TextCatalog Texts = TextCatalog.Default;

    private static IEnumerable<string> FileKeys => Texts.Keys.Where(key => key.StartsWith("registration.", StringComparison.Ordinal));

    [Fact]
    public void TextKeys_ShouldExistInDutchAndEnglish_WhenTheCodeUsesThem()
    {
        var keys = RegistrationTextKeys.All.ToList();

        Assert.True(keys.Count > 100, $"Only {keys.Count} keys: the list misses some.");
        Assert.All(keys, key =>
        {
            Assert.True(Texts.Contains(key), $"Text key '{key}' is missing.");
            Assert.False(string.IsNullOrWhiteSpace(Texts[key].Nl), $"{key}: Dutch is empty.");
            Assert.False(string.IsNullOrWhiteSpace(Texts[key].En), $"{key}: English is empty.");
        });
    }

    [Fact]
    public void TextFile_ShouldHoldOnlyKeysTheCodeUses_WhenLoaded()
    {
        var used = RegistrationTextKeys.All.ToHashSet(StringComparer.Ordinal);

        Assert.All(FileKeys, key => Assert.True(used.Contains(key), $"Text key '{key}' is not used by the code."));
    }

    [Fact]
    public void Outcomes_ShouldAllHaveAText_WhenFormatted()
    {
        Assert.All(Enum.GetValues<EntryOutcome>(), outcome =>
            Assert.DoesNotContain("{", new EntryResult(outcome, 300).Text(Texts, Language.Dutch), StringComparison.Ordinal));
        Assert.All(Enum.GetValues<RegistrationProblem>(), problem =>
            Assert.DoesNotContain("{", RegistrationCheck.Because(problem, 10).Text(Texts, Language.English), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("je moet")]
    [InlineData("moet je")]
    [InlineData("moet")]
    [InlineData("ik wil dat je")]
    [InlineData("nu eenmaal")]
    [InlineData("kop op")]
    [InlineData("dat kan toch iedereen")]
    [InlineData("u")]
    [InlineData("uw")]
    [InlineData("wetenschappelijk")]
    [InlineData("bewezen")]
    [InlineData("medicijn")]
    [InlineData("medicatie")]
    [InlineData("slaappil")]
    [InlineData("ontspanningsoefening")]
    [InlineData("ademhalingsoefening")]
    [InlineData("helaas")]
    [InlineData("vergeten")]
    public void DutchTexts_ShouldSupportAutonomyUseJeAndGiveNoAdvice_WhenWritten(string phrase) =>
        Assert.All(FileKeys, key =>
            Assert.False(
                Regex.IsMatch(Texts[key].Nl, $@"(^|\W){Regex.Escape(phrase)}(\W|$)", RegexOptions.IgnoreCase),
                $"{key} contains '{phrase}'."));

    [Theory]
    [InlineData("scientifically")]
    [InlineData("proven")]
    [InlineData("medication")]
    [InlineData("you must")]
    [InlineData("you have to")]
    [InlineData("unfortunately")]
    [InlineData("forgot")]
    public void EnglishTexts_ShouldGiveNoAdviceOrScolding_WhenWritten(string phrase) =>
        Assert.All(FileKeys, key =>
            Assert.False(
                Regex.IsMatch(Texts[key].En, $@"(^|\W){Regex.Escape(phrase)}(\W|$)", RegexOptions.IgnoreCase),
                $"{key} contains '{phrase}'."));

    [Fact]
    public void DutchSentences_ShouldStayShort_WhenWrittenForB1Readers()
    {
        var longSentences = FileKeys
            .SelectMany(key => SentenceEnd().Split(Texts[key].Nl).Select(sentence => (key, sentence)))
            .Where(pair => pair.sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 18)
            .ToList();

        Assert.Empty(longSentences);
    }

    [Fact]
    public void PatternTexts_ShouldBeQuestionsToTheClient_WhenShown()
    {
        foreach (var everyDay in new[] { true, false })
        {
            foreach (var withCounts in new[] { true, false })
            {
                var text = Texts[RegistrationTextKeys.PatternQuestion(everyDay, withCounts)];
                Assert.EndsWith("Herken je dat?", text.Nl, StringComparison.Ordinal);
                Assert.EndsWith("?", text.En, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void SlotLabels_ShouldBeTheSeedsColumnNames_WhenShownInDutch() =>
        Assert.Equal(
            ["1e helft ochtend", "2e helft ochtend", "1e helft middag", "2e helft middag", "1e helft avond", "2e helft avond"],
            OmaSlots.All.Select(slot => Texts.Get(RegistrationTextKeys.Slot(slot), Language.Dutch)));

    [Fact]
    public void ReminderText_ShouldAskAboutThePartOfTheDayInTheClientsWords_WhenTheReminderIsSent()
    {
        var assignment = Oma(SeedStart);
        var reminders = ReminderSchedule.For(assignment);

        Assert.Equal(
            "Hoe ging je ochtend? Geef per helft aan of je hoofdpijn had.",
            RegistrationTextKeys.ReminderText(reminders[0], assignment, Texts, Language.Dutch));
        Assert.Equal(
            ["Had je hoofdpijn in de eerste helft van de ochtend?", "Had je hoofdpijn in de tweede helft van de ochtend?"],
            reminders[0].Slots.Select(slot => RegistrationTextKeys.SlotQuestionText(slot, assignment, Texts, Language.Dutch)));
        Assert.Equal(
            "Goedemorgen. Wil je je avond van gisteren nog invullen? Het gaat over: hoofdpijn. Dat kan vandaag nog.",
            RegistrationTextKeys.ReminderText(ReminderSchedule.FollowUpOf(reminders[2])!, assignment, Texts, Language.Dutch));
        Assert.Equal(
            "Heb je nog even tijd om je middag in te vullen? Het gaat over: hoofdpijn. Later vandaag of morgen kan ook.",
            RegistrationTextKeys.ReminderText(ReminderSchedule.FollowUpOf(reminders[1])!, assignment, Texts, Language.Dutch));
    }

    [Fact]
    public void TimesText_ShouldListTheTimesWithAnd_WhenThereAreSeveral()
    {
        Assert.Equal("12:30, 17:30 en 21:30", RegistrationTextKeys.TimesText(RegistrationDefaults.OmaReminderTimes, Texts, Language.Dutch));
        Assert.Equal("12:30, 17:30 and 21:30", RegistrationTextKeys.TimesText(RegistrationDefaults.OmaReminderTimes, Texts, Language.English));
        Assert.Equal("19:00", RegistrationTextKeys.TimesText([new TimeOnly(19, 0)], Texts, Language.Dutch));
    }

    [GeneratedRegex(@"(?<=[.?!:])\s+|\n")]
    private static partial Regex SentenceEnd();
}
