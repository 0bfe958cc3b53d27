using System.Text.RegularExpressions;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;
using ReIntegratie.Domain.Summary;

namespace ReIntegratie.Domain.Tests.Content;

/// <summary>Checks the content files as a whole: complete in both languages, ids unique, references resolve, wording rules.</summary>
public sealed partial class ContentConsistencyTests
{
    private static readonly PreparationContent Content = PreparationContent.Default;

    /// <summary>Every client- and professional-facing text of the card set and capability list, with where it is.</summary>
    private static IEnumerable<(string Where, LocalizedText? Text)> ContentTexts()
    {
        var cards = Content.Cards;
        yield return ("ratherTell", cards.RatherTell.Label);
        foreach (var question in cards.Questions.Append(cards.OwnAgenda))
        {
            yield return ($"{question.Id} text", question.Text);
            yield return ($"{question.Id} topic", question.Topic);
            if (question.Hint is not null)
            {
                yield return ($"{question.Id} hint", question.Hint);
            }

            foreach (var (label, index) in question.ScaleLabels.Select((label, index) => (label, index)))
            {
                yield return ($"{question.Id} scale {index + 1}", label);
            }

            foreach (var option in question.Options)
            {
                yield return ($"{question.Id}/{option.Id} label", option.Label);
                if (option.MethodTerm is not null)
                {
                    yield return ($"{question.Id}/{option.Id} methodTerm", option.MethodTerm);
                    yield return ($"{question.Id}/{option.Id} approach", option.Approach);
                }
            }
        }

        foreach (var card in cards.Cards)
        {
            yield return ($"{card.Id} title", card.Title);
            yield return ($"{card.Id} why", card.Why);
        }

        var list = Content.Capabilities;
        yield return ("list title", list.Title);
        yield return ("list intro", list.Intro);
        yield return ("notApplicable", list.NotApplicable.Label);
        yield return ("extraValue question", list.ExtraValue.Question);
        yield return ("extraValue name", list.ExtraValue.NameQuestion);
        yield return ("circles intro", list.Circles.Intro);
        foreach (var value in list.Values)
        {
            yield return ($"{value.Id} name", value.Name);
            yield return ($"{value.Id} description", value.Description);
        }

        foreach (var (name, question) in new[] { ("importance", list.Importance), ("enablement", list.Enablement), ("realisation", list.Realisation) })
        {
            yield return ($"{name} text", question.Text);
            foreach (var optional in new[] { question.TextWithoutWork, question.Hint, question.HintWithoutWork }.OfType<LocalizedText>())
            {
                yield return ($"{name} variant", optional);
            }

            foreach (var label in question.ScaleLabels)
            {
                yield return ($"{name} scale", label);
            }
        }

        foreach (var circle in Enum.GetValues<ReIntegratie.Domain.Capabilities.Circle>())
        {
            yield return ($"circle {circle} title", list.Circles.For(circle).Title);
            yield return ($"circle {circle} description", list.Circles.For(circle).Description);
        }

        foreach (var key in Content.Texts.Keys)
        {
            yield return ($"text key {key}", Content.Texts[key]);
        }
    }

    [Fact]
    public void EveryText_ShouldHaveDutchAndEnglish_WhenLoaded()
    {
        var texts = ContentTexts().ToList();

        Assert.True(texts.Count > 300, $"Only {texts.Count} texts found: the walk misses content.");
        Assert.All(texts, entry =>
        {
            Assert.True(entry.Text is not null, $"{entry.Where}: missing.");
            Assert.False(string.IsNullOrWhiteSpace(entry.Text.Nl), $"{entry.Where}: Dutch is empty.");
            Assert.False(string.IsNullOrWhiteSpace(entry.Text.En), $"{entry.Where}: English is empty.");
        });
    }

    [Fact]
    public void Ids_ShouldBeUniqueAcrossAllContent_WhenCollected()
    {
        var ids = Content.AllIds().ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id));
        Assert.All(Content.Cards.Questions.Where(question => question.IsChoice), question =>
            Assert.Equal(question.Options.Count, question.Options.Select(option => option.Id).Distinct().Count()));
    }

    [Fact]
    public void Cards_ShouldBeNineWithAtMostThreeQuestionsEach_WhenCounted()
    {
        Assert.Equal(9, Content.Cards.Cards.Count);
        Assert.All(Content.Cards.Cards, card => Assert.InRange(card.Questions.Count, 1, 3));
    }

    [Fact]
    public void EveryCondition_ShouldReferToAnEarlierQuestionAndItsOptions_WhenRead()
    {
        var earlier = new Dictionary<string, Question>();
        foreach (var question in Content.Cards.Questions)
        {
            if (question.Condition is { IsOnWorkSituation: true })
            {
                Assert.True(earlier.ContainsKey(Content.Cards.WorkSituation.Question), $"{question.Id}: the work question comes later.");
            }
            else if (question.Condition is { } condition)
            {
                Assert.True(earlier.TryGetValue(condition.Question!, out var referenced), $"{question.Id}: '{condition.Question}' is not an earlier question.");
                Assert.All(condition.AnyOf, optionId => Assert.NotNull(referenced.FindOption(optionId)));
                if (condition.ScaleFrom is not null || condition.ScaleTo is not null)
                {
                    Assert.Equal(QuestionKind.Scale, referenced.Kind);
                }
            }

            earlier[question.Id] = question;
        }

        Assert.Contains(Content.Cards.Questions, question => question.Condition is not null);
    }

    [Fact]
    public void EveryOption_ShouldBeRecognisedAsItselfAndNotAsRatherTell_WhenItsLabelOrSynonymIsTyped()
    {
        foreach (var question in Content.Cards.Questions.Where(question => question.IsChoice))
        {
            foreach (var option in question.Options)
            {
                foreach (var typed in new[] { option.Label.Nl, option.Label.En }.Concat(option.Synonyms.All))
                {
                    Assert.Same(option, question.Recognize(typed));
                    Assert.False(Content.Cards.RatherTell.Matches(typed), $"'{typed}' also means rather tell.");
                }
            }
        }
    }

    [Fact]
    public void TypedAnswers_ShouldNeverBeAGlobalCommand_WhenAClientTypesThem()
    {
        var commands = CommandCatalog.Default;
        var typedForms = Content.Cards.Questions
            .SelectMany(question => question.Options)
            .SelectMany(option => new[] { option.Label.Nl, option.Label.En }.Concat(option.Synonyms.All))
            .Concat([Content.Cards.RatherTell.Label.Nl, Content.Cards.RatherTell.Label.En, .. Content.Cards.RatherTell.Synonyms.All])
            .Concat([Content.Capabilities.NotApplicable.Label.Nl, Content.Capabilities.NotApplicable.Label.En, .. Content.Capabilities.NotApplicable.Synonyms.All]);

        Assert.All(typedForms, typed => Assert.True(commands.Recognize(typed) is null, $"Typing '{typed}' is also the command '{commands.Recognize(typed)}'."));
    }

    [Fact]
    public void TextKeys_ShouldExistInTheTextFiles_WhenTheCodeUsesThem()
    {
        var keys = Enum.GetValues<AnswerProblem>().Select(AnswerCheck.TextKeyOf)
            .Concat([PreparationProgress.NotStartedKey, PreparationProgress.CardKey, PreparationProgress.ValuesKey, PreparationProgress.CirclesKey, PreparationProgress.CompleteKey])
            .Concat(SummaryTextKeys.All)
            .Concat(AppointmentTextKeys.All)
            .ToList();

        Assert.True(keys.Count > 60);
        Assert.All(keys, key => Assert.True(Content.Texts.Contains(key), $"Text key '{key}' is missing."));
    }

    [Fact]
    public void Placeholders_ShouldBeTheSameInDutchAndEnglish_WhenATextHasThem()
    {
        foreach (var key in Content.Texts.Keys)
        {
            var text = Content.Texts[key];
            Assert.Equal(Placeholders(text.Nl), Placeholders(text.En));
        }
    }

    [Theory]
    [InlineData("diagnose")]
    [InlineData("medicijn")]
    [InlineData("medicatie")]
    [InlineData("alcohol")]
    [InlineData("drugs")]
    [InlineData("verslaving")]
    [InlineData("jeugd")]
    [InlineData("afkomst")]
    [InlineData("migratie")]
    [InlineData("cultuur")]
    [InlineData("leeftijd")]
    [InlineData("opleidingsniveau")]
    [InlineData("bsn")]
    [InlineData("medication")]
    [InlineData("diagnosis")]
    [InlineData("childhood")]
    [InlineData("culture")]
    [InlineData(@"age\b")]
    public void Questions_ShouldNeverMentionTheWord_WhenItIsOnTheNeverAskedList(string word)
    {
        var asked = Content.Cards.Questions.Append(Content.Cards.OwnAgenda)
            .SelectMany(question => new[] { question.Text }.Concat(question.Options.Select(option => option.Label)))
            .SelectMany(text => new[] { text.Nl, text.En });

        Assert.DoesNotContain(asked, text => Regex.IsMatch(text, $@"\b{word}", RegexOptions.IgnoreCase));
    }

    [Theory]
    [InlineData("je moet")]
    [InlineData("moet je")]
    [InlineData("ik wil dat je")]
    [InlineData("nu eenmaal")]
    [InlineData("kop op")]
    [InlineData("dat kan toch iedereen")]
    [InlineData("u")]
    [InlineData("uw")]
    public void DutchTexts_ShouldSupportAutonomyAndUseJe_WhenWritten(string phrase)
    {
        var dutch = ContentTexts().Select(entry => entry.Text!.Nl);

        Assert.DoesNotContain(dutch, text => Regex.IsMatch(text, $@"(^|\W){Regex.Escape(phrase)}(\W|$)", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void DutchSentences_ShouldStayShort_WhenWrittenForB1Readers()
    {
        string[] ownPrefixes = ["text key preparation.", "text key summary.", "text key appointment.", "text key invitation."];
        var longSentences = ContentTexts()
            .Where(entry => !entry.Where.StartsWith("text key ", StringComparison.Ordinal) ||
                ownPrefixes.Any(prefix => entry.Where.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(entry => entry.Text!.Nl)
            .SelectMany(text => SentenceEnd().Split(text))
            .Where(sentence => sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 22)
            .ToList();

        Assert.Empty(longSentences);
    }

    private static List<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(match => match.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"(?<=[.?!:])\s+|\n")]
    private static partial Regex SentenceEnd();
}
