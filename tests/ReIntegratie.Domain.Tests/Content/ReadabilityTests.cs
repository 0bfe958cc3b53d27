using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Tests.Content;

/// <summary>Every Dutch text a client reads stays at B1: short sentences, no long words but a few names (docs/readability.md).</summary>
public sealed class ReadabilityTests
{
    private static readonly PreparationContent Content = PreparationContent.Default;

    /// <summary>Text keys a client reads (the rest is for the professional).</summary>
    private static readonly string[] ClientPrefixes = ["bot.", "journey.", "invitation.", "preparation.", "registration.", "registrationChat.", "review."];

    [Fact]
    public void ClientTexts_ShouldHaveShortSentencesAndNoLongWords_WhenCheckedForB1()
    {
        var texts = ClientTexts().ToList();
        var problems = new List<string>();

        foreach (var (where, dutch) in texts)
        {
            ContentChecks.Readable(problems, dutch, where);
        }

        Assert.True(texts.Count > 400, $"Only {texts.Count} client texts: the walk misses some.");
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("Deze zin telt precies achttien woorden, en daarom is hij nog net kort genoeg voor een gewone lezer.", 0)]
    [InlineData("Deze zin telt precies negentien woorden, en daarom is hij nog net te lang voor een heel gewone lezer.", 1)]
    [InlineData("Je hebt op dit moment geen registratieopdracht.", 1)]
    [InlineData("Je arbeidsdeskundige kijkt mee. Je burgerservicenummer is niet nodig.", 0)]
    [InlineData("Je hebt {count} antwoorden: {a}, {b}, {c}.", 0)]
    public void ReadabilityCheck_ShouldFlagLongSentencesAndLongWords_ButNotTheAllowedNames(string dutch, int expected)
    {
        var problems = new List<string>();

        ContentChecks.Readable(problems, dutch, "test");

        Assert.Equal(expected, problems.Count);
    }

    [Fact]
    public void ReadabilityThresholds_ShouldBeTheOnesTheDocsState()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "readability.md"));

        Assert.Contains($"at most {ContentChecks.MaxSentenceWords} words", docs, StringComparison.Ordinal);
        Assert.Contains($"at most {ContentChecks.MaxWordLetters} letters", docs, StringComparison.Ordinal);
        Assert.All(ContentChecks.LongWordsAllowed, word => Assert.Contains(word, docs, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("creëren")]
    [InlineData("realiseren")]
    [InlineData("betekenisvolle")]
    [InlineData("discrepantie")]
    [InlineData("capability")]
    public void ClientTexts_ShouldUseEverydayWords_InsteadOfTheMethodsTerms(string term) =>
        Assert.DoesNotContain(ClientTexts(), entry => entry.Dutch.Contains(term, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void WorkValueQuestions_ShouldReadAsOnePlainSentence_WithoutTheMethodsValueName()
    {
        var contacts = Content.Capabilities.FindValue("meaningful-contacts")!;

        Assert.Equal(
            "Geeft je werk je de kans om contact te hebben met mensen die iets voor je betekenen?",
            Content.Capabilities.Enablement.Ask(contacts.Phrase.Nl, WorkSituation.WithWork, Language.Dutch));
        Assert.All(Content.Capabilities.Values, value => Assert.All(Questions(value), question =>
        {
            Assert.DoesNotContain(value.Name.Nl, question, StringComparison.Ordinal);
            Assert.DoesNotContain("‘", question, StringComparison.Ordinal);
        }));
    }

    [Fact]
    public void WorkValues_ShouldBeExplained_WhenTheListFirstNamesThem()
    {
        Assert.Contains("werkwaarden. Dat zijn dingen die mensen belangrijk vinden in werk", Content.Capabilities.Intro.Nl, StringComparison.Ordinal);
        Assert.StartsWith("OMA staat voor ochtend, middag en avond.", Content.Texts.Get("registration.type.omaRegistration.what", Language.Dutch), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Questions(WorkValue value) =>
        from question in new[] { Content.Capabilities.Importance, Content.Capabilities.Enablement, Content.Capabilities.Realisation }
        from situation in Enum.GetValues<WorkSituation>()
        select question.Ask(value.Phrase.Nl, situation, Language.Dutch);

    /// <summary>Every Dutch text a client can read: their text keys, the cards, and the list as its questions read.</summary>
    private static IEnumerable<(string Where, string Dutch)> ClientTexts()
    {
        foreach (var key in Content.Texts.Keys.Where(key => ClientPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)) && key != "registration.pattern.professionalNote"))
        {
            yield return (key, Content.Texts[key].Nl);
        }

        var cards = Content.Cards;
        yield return ("ratherTell", cards.RatherTell.Label.Nl);
        foreach (var card in cards.Cards)
        {
            yield return ($"{card.Id} title", card.Title.Nl);
            yield return ($"{card.Id} why", card.Why.Nl);
        }

        foreach (var question in cards.Questions.Append(cards.OwnAgenda))
        {
            yield return ($"{question.Id} text", question.Text.Nl);
            yield return ($"{question.Id} topic", question.Topic.Nl);
            if (question.Hint is not null)
            {
                yield return ($"{question.Id} hint", question.Hint.Nl);
            }

            foreach (var label in question.ScaleLabels)
            {
                yield return ($"{question.Id} scale", label.Nl);
            }

            foreach (var option in question.Options)
            {
                yield return ($"{question.Id}/{option.Id}", option.Label.Nl);
            }
        }

        var list = Content.Capabilities;
        yield return ("list title", list.Title.Nl);
        yield return ("list intro", list.Intro.Nl);
        yield return ("notApplicable", list.NotApplicable.Label.Nl);
        yield return ("extraValue question", list.ExtraValue.Question.Nl);
        yield return ("extraValue name", list.ExtraValue.NameQuestion.Nl);
        yield return ("circles intro", list.Circles.Intro.Nl);
        foreach (var value in list.Values)
        {
            yield return ($"{value.Id} plainName", value.PlainName.Nl);
            yield return ($"{value.Id} description", value.Description.Nl);
            foreach (var question in Questions(value))
            {
                yield return ($"{value.Id} question", question);
            }
        }

        foreach (var question in new[] { list.Importance, list.Enablement, list.Realisation })
        {
            foreach (var text in new[] { question.Hint, question.HintWithoutWork }.OfType<LocalizedText>().Concat(question.ScaleLabels))
            {
                yield return ("list question", text.Nl);
            }

            yield return ("own value question", question.Ask(list.ExtraValue.PhraseFor("rust", Language.Dutch), WorkSituation.WithoutWork, Language.Dutch));
        }

        foreach (var circle in Enum.GetValues<ReIntegratie.Domain.Capabilities.Circle>())
        {
            yield return ($"circle {circle}", list.Circles.For(circle).Title.Nl);
            yield return ($"circle {circle} description", list.Circles.For(circle).Description.Nl);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReIntegratie.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ReIntegratie.sln not found.");
    }
}
