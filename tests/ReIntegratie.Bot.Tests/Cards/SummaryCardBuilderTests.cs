using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using static ReIntegratie.Testing.CardJson;
using System.Text.RegularExpressions;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Cards.Summary;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;
using Xunit.Abstractions;

namespace ReIntegratie.Bot.Tests.Cards;

public sealed class SummaryCardBuilderTests(ITestOutputHelper output)
{
    private static readonly SummaryCardBuilder Builder = new(TextCatalog.Default);

    public static TheoryData<string> Samples => ["complete", "complete-en", "not-started", "in-progress", "maximal", "maximal-hostile", "maximal-many-registrations", "cancelled"];

    private static SummaryCardModel Sample(string name) => name switch
    {
        "complete" => SummaryCardSamples.Complete(),
        "complete-en" => SummaryCardSamples.Complete(Language.English),
        "not-started" => SummaryCardSamples.NotStarted(),
        "in-progress" => SummaryCardSamples.InProgress(),
        "maximal" => SummaryCardSamples.Maximal(SummaryCardSamples.DutchFiller),
        "maximal-hostile" => SummaryCardSamples.Maximal(SummaryCardSamples.HostileFiller),
        "maximal-many-registrations" => SummaryCardSamples.Maximal(SummaryCardSamples.HostileFiller, registrationLines: 60),
        "cancelled" => SummaryCardSamples.NotStarted() with { Status = AppointmentStatus.Cancelled },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Card_ShouldPassTheAdaptiveCardsParserAndStayUnderTheSizeLimit_WhenBuilt(string sample)
    {
        var card = Builder.Build(Sample(sample));

        var result = AdaptiveCardValidator.Validate(card);
        var texts = Texts(card);
        output.WriteLine(
            $"{sample}: {SummaryCardBuilder.SizeInBytes(card)} bytes; " +
            $"{texts.Count(text => text.EndsWith(BotTexts.Nl("summaryCard.answers.shortened"), StringComparison.Ordinal))} texts shortened, " +
            $"{texts.Count(text => text.EndsWith(BotTexts.Nl("summaryCard.answers.omitted"), StringComparison.Ordinal))} left out, " +
            $"longest text {texts.Max(text => text.Length)} characters, " +
            $"longest shortened one {texts.Where(text => text.EndsWith(BotTexts.Nl("summaryCard.answers.shortened"), StringComparison.Ordinal)).Select(text => text.Length).DefaultIfEmpty().Max()}");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.True(result.Warnings.Count == 0, string.Join("\n", result.Warnings));
        Assert.InRange(SummaryCardBuilder.SizeInBytes(card), 1, SummaryCardBuilder.MaxBytes);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("Full", (string?)card["msteams"]?["width"]);
    }

    [Fact]
    public void Card_ShouldShowTheAgendaFirstAndThenTheValues_WhenShared()
    {
        var texts = Texts(All(Builder.Build(SummaryCardSamples.Complete())));

        var agenda = texts.FindIndex(text => text.Contains(CardText.Escape(SummaryCardSamples.Agenda), StringComparison.Ordinal));
        var values = texts.FindIndex(text => text.StartsWith("Werkwaarden", StringComparison.Ordinal));
        var gaps = texts.FindIndex(text => text == "Overgeslagen of niet gedeeld");
        var questions = texts.FindIndex(text => text == "Vragen om het gesprek mee te openen");
        Assert.True(agenda >= 0 && values > agenda && gaps > values && questions > gaps, $"agenda {agenda}, values {values}, gaps {gaps}, questions {questions}");
    }

    [Fact]
    public void MethodSuggestion_ShouldComeAfterTheClientsOwnAnswers_InTheOpenedCard()
    {
        var texts = Texts(All(Builder.Build(SummaryCardSamples.Complete())));

        var patternTitle = BotTexts.Nl("summaryCard.pattern.title");
        var suggestion = texts.FindIndex(text => text == patternTitle);
        var cardTitle = texts.FindLastIndex(suggestion, text => text.StartsWith(BotTexts.Nl("summaryCard.answers.cardTitle").Split('{')[0], StringComparison.Ordinal));
        Assert.True(suggestion > 0 && cardTitle >= 0, $"suggestion {suggestion}, card {cardTitle}");
        Assert.True(suggestion - cardTitle > 2, "the client's answers come between the card's title and the method's suggestion");
    }

    [Fact]
    public void Card_ShouldHeadWithNameTimeAndStatus_WhenBuilt()
    {
        var card = Builder.Build(SummaryCardSamples.Complete());

        var texts = Texts(card);
        Assert.Equal("Voorbereiding van Sanne de Vries", texts[0]);
        Assert.Contains(texts, text => Regex.IsMatch(text, @"^di 1 dec\.? 2026, 10:00$"));
        Assert.Contains("Gedeeld", texts);
    }

    [Fact]
    public void Card_ShouldNotContainTheAnswersOfACard_WhenTheClientDidNotShareIt()
    {
        var json = Builder.Build(SummaryCardSamples.Complete()).ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.DoesNotContain("Belastingdienst", json, StringComparison.Ordinal);
        Assert.DoesNotContain("zus", json, StringComparison.Ordinal);
        Assert.Contains("Je omgeving: Niet gedeeld", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Card_ShouldKeepClientMarkdownInert_WhenAnswersHoldLinksImagesMentionsOrEmphasis()
    {
        var hostile = string.Join(" ", SummaryCardSamples.Injections);
        var builder = SummaryCardSamples.CompleteAnswers()
            .Agenda("Agenda " + hostile)
            .Text("conversation-goal", "Doel " + hostile)
            .ChoiceWithText("practical-needs", "Nodig " + hostile, "breaks")
            .ExtraValue("Waarde " + SummaryCardSamples.Injections[0], 1, 5);
        var model = SummaryCardSamples.Shared(builder, Language.Dutch) with
        {
            ClientName = "Jan <at>Jan</at> **vet**",
            RegistrationLines = ["Registratie " + hostile],
        };

        var card = Builder.Build(model);

        var strings = Strings(card).ToList();
        foreach (var injection in SummaryCardSamples.Injections)
        {
            Assert.DoesNotContain(strings, text => text.Contains(injection, StringComparison.Ordinal));
            Assert.Contains(strings, text => text.Contains(CardText.Escape(injection), StringComparison.Ordinal));
        }

        Assert.DoesNotContain(strings, text => Regex.IsMatch(text, @"(?<!\\)<at>|(?<!\\)\]\("));
        Assert.True(AdaptiveCardValidator.Validate(card).IsValid);
    }

    [Fact]
    public void Card_ShouldRefreshWithTheAppointmentId_WhenTeamsOrTheProfessionalAsks()
    {
        var card = Builder.Build(SummaryCardSamples.Complete());

        var refresh = card["refresh"]!;
        Assert.Equal("Action.Execute", (string?)refresh["action"]!["type"]);
        Assert.Equal("refresh", (string?)refresh["action"]!["verb"]);
        Assert.Equal(SummaryCardSamples.AppointmentId, (string?)refresh["action"]!["data"]!["appointmentId"]);
        Assert.Empty(refresh["userIds"]!.AsArray());

        var button = Assert.Single(Actions(card), action => (string?)action["type"] == "Action.Execute");
        Assert.Equal("refresh", (string?)button["verb"]);
        Assert.Equal(SummaryCardSamples.AppointmentId, (string?)button["data"]!["appointmentId"]);
        var fallback = button["fallback"]!;
        Assert.Equal("Action.Submit", (string?)fallback["type"]);
        Assert.Equal("refresh", (string?)fallback["data"]!["action"]);
        Assert.Equal(SummaryCardSamples.AppointmentId, (string?)fallback["data"]!["appointmentId"]);
    }

    [Fact]
    public void Card_ShouldOfferDeletingTheClientDataButNotResending_WhenShared()
    {
        var submits = Submits(Builder.Build(SummaryCardSamples.Complete()));

        Assert.Equal(["deleteClientData"], submits.Select(data => (string?)data["action"]));
        Assert.Equal(SummaryCardSamples.AppointmentId, (string?)submits[0]["appointmentId"]);
    }

    [Theory]
    [InlineData("not-started", "Nog niet begonnen")]
    [InlineData("in-progress", "Bezig met kaart 4 van 9")]
    public void Card_ShouldShowOnlyTheStatusAndOfferToResendTheInvitation_WhenNotShared(string sample, string progress)
    {
        var card = Builder.Build(Sample(sample));

        var texts = Texts(card);
        Assert.Contains(progress, texts);
        Assert.Contains(BotTexts.Nl("summaryCard.notShared"), texts);
        Assert.DoesNotContain(texts, text => text.Contains(CardText.Escape(SummaryCardSamples.Agenda), StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.StartsWith("Werkwaarden", StringComparison.Ordinal));
        Assert.Equal(
            ["resendInvitation", "deleteClientData"],
            Submits(card).Select(data => (string?)data["action"]));
        Assert.Contains(Actions(card), action => (string?)action["title"] == "Uitnodiging opnieuw sturen");
        Assert.Contains(Actions(card), action => (string?)action["title"] == "Gegevens van deze cliënt verwijderen");
    }

    [Fact]
    public void Card_ShouldNotOfferToResend_WhenTheAppointmentIsCancelled()
    {
        var card = Builder.Build(Sample("cancelled"));

        Assert.Equal(["deleteClientData"], Submits(card).Select(data => (string?)data["action"]));
        Assert.DoesNotContain(BotTexts.Nl("summaryCard.notShared"), Texts(card));
    }

    [Fact]
    public void Card_ShouldHighlightCountsDiscrepanciesAndTheEnergyLeakQuestion_WhenTheListIsShared()
    {
        var card = Builder.Build(SummaryCardSamples.Complete());

        var texts = Texts(card);
        Assert.Contains("Capabilities: 1 van 7. Discrepanties: 4 van 7 +1 eigen waarde.", texts);
        var warning = Containers(card).Single(container => (string?)container["style"] == "warning");
        var inWarning = Texts(warning);
        Assert.Contains("Discrepanties", inWarning);
        Assert.Contains("Een bijdrage leveren aan het creëren van iets waardevols", inWarning);
        Assert.Contains("Rust in mijn hoofd (Eigen waarde van de cliënt)", inWarning);
        Assert.Contains(inWarning, text => text.Contains("mogelijk energielek", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains("en toch lukt het je. Wat betekent dat?", StringComparison.Ordinal));
        Assert.Contains("Kennis en vaardigheden gebruiken, Eigen doelen stellen", FactValues(card));
        var others = Texts(Containers(card).Single(container => (string?)container["id"] == "values-other"));
        Assert.Equal(
            ["Betrokken zijn bij belangrijke beslissingen", "Een goed inkomen verdienen"],
            others.Where((_, index) => index % 2 == 0));
    }

    [Fact]
    public void Card_ShouldShowThePatternWithItsMatchingApproach_WhenTheClientChoseOne()
    {
        var card = Builder.Build(SummaryCardSamples.Complete());

        var pattern = Containers(card).Single(container => (string?)container["style"] == "accent");
        var values = FactValues(pattern);
        Assert.Contains("Verdwaald in heroriëntatie", values);
        Assert.Contains(values, value => value.StartsWith("Laat verschillende mogelijkheden zien.", StringComparison.Ordinal));
    }

    [Fact]
    public void Card_ShouldOpenEverythingBelowTheFirstScreenWithOneToggle_WhenShared()
    {
        var card = Builder.Build(SummaryCardSamples.Complete());

        var toggles = Actions(card).Where(action => (string?)action["type"] == "Action.ToggleVisibility")
            .Select(action => (string?)action["targetElements"]![0]).ToList();
        Assert.Equal([SummaryCardBuilder.AllId], toggles);
        Assert.False((bool?)All(card)["isVisible"]);
        Assert.DoesNotContain(Containers(All(card)).Skip(1), container => container["isVisible"] is not null);
        Assert.DoesNotContain(Containers(card), container => (string?)container["id"] == "answers-surroundings");
    }

    [Fact]
    public void Card_ShouldListSkippedAndNotSharedPlainly_WhenSomethingIsMissing()
    {
        var texts = Texts(Builder.Build(SummaryCardSamples.Complete()));

        var gaps = texts.Single(text => text.Contains("Niet gedeeld", StringComparison.Ordinal));
        Assert.Contains("- Je dag en je energie · ", gaps, StringComparison.Ordinal);
        Assert.Contains(": Overgeslagen", gaps, StringComparison.Ordinal);
        Assert.Contains(": Vertelt de cliënt liever in het gesprek", gaps, StringComparison.Ordinal);
        Assert.Contains("- Je omgeving: Niet gedeeld", gaps, StringComparison.Ordinal);
    }

    [Fact]
    public void Card_ShouldShowRegistrationsBeforeTheGaps_WhenGiven()
    {
        var texts = Texts(All(Builder.Build(SummaryCardSamples.Complete())));

        var registrations = texts.IndexOf("Registraties");
        Assert.True(registrations > 0 && registrations < texts.IndexOf("Overgeslagen of niet gedeeld"));
        Assert.Contains(texts, text => text.Contains(CardText.Escape("Hoofdpijn: vooral op maandag"), StringComparison.Ordinal));
    }

    [Fact]
    public void Card_ShouldCloseWithTheOwnWordsNoteAndTheFooter_WhenShared()
    {
        var texts = Texts(Builder.Build(SummaryCardSamples.Complete()));

        Assert.Contains("Alles hieronder is in de eigen woorden van de cliënt. Niets is gecontroleerd.", texts);
        Assert.Equal("Dit is de voorbereiding van de cliënt, geen beoordeling. Vraag door: het kan onvolledig zijn.", texts[^1]);
    }

    [Theory]
    [InlineData("realistisch")]
    [InlineData("gemotiveerd")]
    [InlineData("overschat")]
    [InlineData("onderschat")]
    [InlineData("risico")]
    [InlineData("barrière")]
    [InlineData("belemmering")]
    [InlineData("diagnose")]
    [InlineData("belastbaar")]
    [InlineData("tegenstrijdig")]
    [InlineData("advies")]
    [InlineData("cultuur")]
    public void Card_ShouldDrawNoConclusions_WhenRenderingTheSummary(string word)
    {
        var texts = Texts(Builder.Build(SummaryCardSamples.Complete())).Concat(Texts(Builder.Build(SummaryCardSamples.Complete(Language.English))));

        Assert.DoesNotContain(texts, text => text.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Card_ShouldUseEnglishLabels_WhenTheLanguageIsEnglish()
    {
        var card = Builder.Build(SummaryCardSamples.Complete(Language.English));

        var texts = Texts(card);
        Assert.Equal("Preparation by Sanne de Vries", texts[0]);
        Assert.Contains(texts, text => text.StartsWith("Tue 1 Dec 2026, 10:00", StringComparison.Ordinal));
        Assert.Contains("Shared", texts);
        Assert.Contains("Work values (capability list)", texts);
        Assert.Contains("Show everything", Actions(card).Select(action => (string?)action["title"]));
        Assert.Contains("Refresh", Actions(card).Select(action => (string?)action["title"]));
        Assert.Contains("Delete this client's data", Actions(card).Select(action => (string?)action["title"]));
        Assert.DoesNotContain(texts, text => text.Contains("Werkwaarden", StringComparison.Ordinal) || text.Contains("Kaart ", StringComparison.Ordinal));
    }

    [Fact]
    public void Card_ShouldShowEveryTextInFull_WhenACompletePreparationFits()
    {
        var texts = Texts(Builder.Build(SummaryCardSamples.Complete()));

        Assert.DoesNotContain(texts, text => text.Contains(BotTexts.Nl("summaryCard.answers.shortened"), StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains(BotTexts.Nl("summaryCard.answers.omitted"), StringComparison.Ordinal));
    }

    [Fact]
    public void Card_ShouldShortenTheAnswersFirst_WhenTheyDoNotFitInFull()
    {
        var card = Builder.Build(SummaryCardSamples.Maximal(SummaryCardSamples.HostileFiller));

        var texts = Texts(card);
        Assert.Contains(texts, text => text.EndsWith(BotTexts.Nl("summaryCard.answers.shortened"), StringComparison.Ordinal) ||
                                       text.EndsWith(BotTexts.Nl("summaryCard.answers.omitted"), StringComparison.Ordinal));
        Assert.Contains("Kaart 9: Een eerste stap", texts);
        Assert.InRange(SummaryCardBuilder.SizeInBytes(card), 1, SummaryCardBuilder.MaxBytes);
    }

    [Fact]
    public void ClientText_ShouldCutAtTheLimitAndMarkIt_WhenLonger()
    {
        var client = new ClientText(new SummaryCardTexts(TextCatalog.Default, Language.Dutch));

        var shown = client.Render(SummaryCardSamples.Fill("woord ", 1500), 1000);

        Assert.EndsWith("… " + BotTexts.Nl("summaryCard.answers.shortened"), shown, StringComparison.Ordinal);
        Assert.InRange(shown.Length, 800, 1000 + 2 + BotTexts.Nl("summaryCard.answers.shortened").Length);
        Assert.Equal("kort", client.Render("  kort ", 1000));
        Assert.Equal(BotTexts.Nl("summaryCard.answers.omitted"), client.Render("iets", 0));
        Assert.Equal("", client.Render(null, 1000));
    }

    [Fact]
    public void ClientText_ShouldNotSplitACharacter_WhenCuttingEmoji()
    {
        var client = new ClientText(new SummaryCardTexts(TextCatalog.Default, Language.Dutch));

        var shown = client.Render(string.Concat(Enumerable.Repeat("😀", 20)), 11);

        var strict = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Assert.Equal(shown, strict.GetString(strict.GetBytes(shown)));
        Assert.StartsWith("😀😀😀😀😀…", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstScreen_ShouldSayWhoComesWhatTheyWantAndWhereTheyStand_WithoutAClick()
    {
        var card = Builder.Build(SummaryCardSamples.Complete());

        var first = new JsonObject { ["body"] = new JsonArray([.. card["body"]!.AsArray().TakeWhile(node => (string?)node!["id"] != SummaryCardBuilder.AllId).Select(node => node!.DeepClone())]) };
        var texts = Texts(first);
        Assert.Contains(CardText.Escape(SummaryCardSamples.Agenda), texts);
        Assert.Contains(texts, text => text.Contains("Samen een plan maken voor de komende maanden.", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains("2 van 5", StringComparison.Ordinal));
        Assert.Contains("Een keer per week vrijwilligerswerk doen.", texts);
        Assert.Contains(texts, text => text.Contains("Kennis en vaardigheden ontwikkelen", StringComparison.Ordinal) && text.Contains("Rust in mijn hoofd", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains("Je omgeving", StringComparison.Ordinal) && text.Contains("Wat energie kost en geeft", StringComparison.Ordinal));
        var pattern = texts.FindIndex(text => text.StartsWith("Suggestie uit de methode voor jou", StringComparison.Ordinal));
        Assert.True(pattern > texts.FindIndex(text => text == "Waar de cliënt nu staat"), "the method's suggestion comes after the client's own sentence");
        Assert.Single(CardJson.Objects(first), node => (string?)node["type"] == "Action.ToggleVisibility");
    }

    private static JsonObject All(JsonNode card) => Containers(card).Single(container => (string?)container["id"] == SummaryCardBuilder.AllId);
}
