using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;
using ReIntegratie.Domain.Summary;
using ReIntegratie.Domain.Tests.Support;

namespace ReIntegratie.Domain.Tests.Summary;

public sealed class PreparationSummaryBuilderTests
{
    private static readonly PreparationContent Content = PreparationContent.Default;

    private static PreparationSummary Build(AnswersBuilder builder, PreparationParts parts = PreparationParts.All, Language language = Language.Dutch) =>
        PreparationSummaryBuilder.Build(builder.Answers, Content, parts, language);

    private static AnswersBuilder CaseStudy() =>
        new AnswersBuilder().AllCards()
            .Value("create-value", 5, 4, 2)
            .Value("use-skills", 4, 4, 1)
            .Value("develop-skills", 5, 4, 1)
            .Value("involved-in-decisions", 3, 3, 3)
            .Value("meaningful-contacts", 4, 4, 4)
            .Value("own-goals", 2, 5, 5)
            .Value("good-income", 3, 1, 1);

    [Fact]
    public void Summary_ShouldStartWithTheClientsOwnAgenda_WhenGiven()
    {
        var summary = Build(CaseStudy().Agenda("Wat kan ik nog met mijn handen?"));

        var first = summary.Sections[0];
        Assert.Equal(SummarySectionKind.Agenda, first.Kind);
        var agenda = Assert.IsType<OwnAgendaBlock>(first.Blocks[0]);
        Assert.Equal("Wat kan ik nog met mijn handen?", agenda.Text);
        Assert.IsType<CardAnswersBlock>(first.Blocks[1]);
    }

    [Fact]
    public void Summary_ShouldFollowTheConversationStructure_WhenEverythingIsShared()
    {
        var summary = Build(CaseStudy().Agenda("Mijn rooster").Skip("energy"));

        Assert.Equal(
            [
                SummarySectionKind.Agenda, SummarySectionKind.WhatMatters, SummarySectionKind.DayAndEnergy,
                SummarySectionKind.Surroundings, SummarySectionKind.WorkAndEmployer, SummarySectionKind.EarlierExperiences,
                SummarySectionKind.ConfidenceAndNextStep, SummarySectionKind.SkippedOrNotShared, SummarySectionKind.OpenQuestions,
            ],
            summary.Sections.Select(section => section.Kind));
        var whatMatters = summary.Section(SummarySectionKind.WhatMatters)!;
        Assert.IsType<CapabilityBlock>(whatMatters.Blocks[0]);
        Assert.Equal(["strengths", "what-matters"], whatMatters.Blocks.OfType<CardAnswersBlock>().Select(block => block.CardId));
        Assert.Equal(
            ["where-you-stand", "first-step"],
            summary.Section(SummarySectionKind.ConfidenceAndNextStep)!.Blocks.OfType<CardAnswersBlock>().Select(block => block.CardId));
    }

    [Fact]
    public void Summary_ShouldMarkDayAndEnergyAsOwnExperience_WhenShown()
    {
        var section = Build(CaseStudy()).Section(SummarySectionKind.DayAndEnergy)!;

        Assert.Equal("Eigen ervaring van de cliënt, geen medisch oordeel.", section.Note);
    }

    [Fact]
    public void Summary_ShouldLeaveOutACardAndListItPlainly_WhenTheClientDidNotShareIt()
    {
        var builder = CaseStudy().Agenda("Mijn rooster").Text("energy", "Boodschappen kosten veel energie").NotShared("day-and-energy");

        var summary = Build(builder);

        Assert.Null(summary.Section(SummarySectionKind.DayAndEnergy));
        Assert.DoesNotContain(summary.Blocks.OfType<CardAnswersBlock>(), block => block.CardId == "day-and-energy");
        Assert.DoesNotContain(
            summary.Blocks.OfType<CardAnswersBlock>().SelectMany(block => block.Answers),
            answer => answer.Text?.Contains("Boodschappen", StringComparison.Ordinal) == true);
        var gap = Assert.Single(summary.Gaps);
        Assert.Equal(GapKind.NotShared, gap.Kind);
        Assert.Equal("Je dag en je energie", gap.Part);
        Assert.Null(gap.Topic);
        Assert.Equal("Niet gedeeld", gap.Label);
        Assert.DoesNotContain(summary.OpenQuestions, question => question.Kind == OpenQuestionKind.SkippedTopic);
    }

    [Fact]
    public void Summary_ShouldLeaveOutTheCapabilityList_WhenNotShared()
    {
        var summary = Build(CaseStudy().NotShared(Content.Capabilities.Id));

        Assert.Null(summary.Capabilities);
        Assert.Contains(summary.Gaps, gap => gap.Kind == GapKind.NotShared && gap.Part == Content.Capabilities.Title.Nl);
        Assert.DoesNotContain(summary.OpenQuestions, question => question.Kind is OpenQuestionKind.Discrepancy or OpenQuestionKind.EnergyLeak);
    }

    [Fact]
    public void Summary_ShouldLeaveOutTheOwnAgenda_WhenNotShared()
    {
        var summary = Build(CaseStudy().Agenda("Geheim").NotShared(Content.Cards.OwnAgenda.Id));

        Assert.Empty(summary.Blocks.OfType<OwnAgendaBlock>());
        Assert.Contains(summary.Gaps, gap => gap.Kind == GapKind.NotShared && gap.Part == Content.Cards.OwnAgenda.Topic.Nl);
    }

    [Fact]
    public void Summary_ShouldListTheTopicWithAnOpenQuestion_WhenSkippedOrKeptForTheConversation()
    {
        var builder = CaseStudy().Agenda("Mijn rooster").Skip("energy").RatherTell("health-change");

        var summary = Build(builder);

        Assert.Equal(
            [(GapKind.Skipped, "Wat energie kost en geeft"), (GapKind.RatherTellInConversation, "Veranderingen sinds de laatste keer bij een arts")],
            summary.Gaps.Select(gap => (gap.Kind, gap.Topic!)));
        Assert.All(summary.Gaps, gap => Assert.Equal("Je dag en je energie", gap.Part));
        var skippedQuestions = summary.OpenQuestions.Where(question => question.Kind == OpenQuestionKind.SkippedTopic).ToList();
        Assert.Equal(["energy", "health-change"], skippedQuestions.Select(question => question.QuestionId));
        Assert.Contains("Wat energie kost en geeft", skippedQuestions[0].Text, StringComparison.Ordinal);
        var dayCard = summary.Blocks.OfType<CardAnswersBlock>().Single(block => block.CardId == "day-and-energy");
        Assert.Equal(["ordinary-day"], dayCard.Answers.Select(answer => answer.QuestionId));
    }

    [Fact]
    public void Summary_ShouldOpenWithTheGuidesQuestionsAndAskOnePerDiscrepancy_WhenTheListIsShared()
    {
        var summary = Build(CaseStudy());

        var open = summary.OpenQuestions;
        Assert.Equal("Hoe was het om deze vragen te beantwoorden?", open[0].Text);
        Assert.Equal("Wat valt je op aan je antwoorden?", open[1].Text);
        Assert.All(open.Take(2), question => Assert.Equal(OpenQuestionKind.Opener, question.Kind));
        var perDiscrepancy = open.Where(question => question.Kind == OpenQuestionKind.Discrepancy).ToList();
        Assert.Equal(summary.Capabilities!.DiscrepancyCount, perDiscrepancy.Count);
        Assert.Equal(["use-skills", "develop-skills", "create-value"], perDiscrepancy.Select(question => question.ValueId));
        Assert.All(perDiscrepancy, question => Assert.EndsWith("Wat betekent dat volgens jou?", question.Text, StringComparison.Ordinal));
        Assert.Contains("Kennis en vaardigheden gebruiken", perDiscrepancy[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscrepancyOpeners_ShouldSpeakOfTheLastOrHopedForWork_WhenTheClientHasNoWork()
    {
        var summary = Build(new AnswersBuilder().AllCards(hasWork: "no").Value("use-skills", 5, 1, 4).Value("develop-skills", 5, 2, 2));

        var openers = summary.OpenQuestions.Where(question => question.Kind is OpenQuestionKind.Discrepancy or OpenQuestionKind.EnergyLeak).ToList();

        Assert.Equal(2, openers.Count);
        Assert.All(openers, question =>
        {
            Assert.DoesNotContain("je werk maakt", question.Text, StringComparison.Ordinal);
            Assert.Contains("laatste werk", question.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Summary_ShouldShowTheCaseStudyAsThreeDiscrepancies_WhenScoredWithTheOtherValues()
    {
        var block = Build(CaseStudy()).Capabilities!;

        Assert.Equal(3, block.DiscrepancyCount);
        Assert.Equal(1, block.CapabilityCount);
        Assert.Equal("Capabilities: 1 van 7. Discrepanties: 3 van 7.", block.CountsText);
        var createValue = block.Values.Single(value => value.ValueId == "create-value");
        Assert.Equal("a 5 · b 4 · c 2", createValue.RatingsText);
        Assert.Equal(DiscrepancyVia.Realisation, createValue.Score.Via);
        Assert.Equal("Discrepantie via c (het lukt weinig)", createValue.OutcomeText);
        Assert.Equal(3, block.Discrepancies.Count());
    }

    [Fact]
    public void Summary_ShouldAskTheEnergyLeakQuestion_WhenAIsHighBIsLowAndCIsHigh()
    {
        var summary = Build(new AnswersBuilder().AllCards().Value("meaningful-contacts", 5, 1, 5));

        var question = Assert.Single(summary.OpenQuestions, open => open.Kind == OpenQuestionKind.EnergyLeak);
        Assert.Equal("meaningful-contacts", question.ValueId);
        Assert.Equal(
            "Je vindt ‘Betekenisvolle werkcontacten met anderen hebben of opbouwen’ belangrijk, je werk maakt het niet mogelijk, en toch lukt het je. Wat betekent dat?",
            question.Text);
        Assert.DoesNotContain(summary.OpenQuestions, open => open.Kind == OpenQuestionKind.Discrepancy);
        Assert.True(summary.Capabilities!.Values.Single(value => value.ValueId == "meaningful-contacts").Score.IsEnergyLeak);
    }

    [Fact]
    public void CapabilityCounts_ShouldCountTheOwnValueBesideTheSeven_WhenItIsADiscrepancy()
    {
        var builder = CaseStudy();
        Assert.True(builder.Answers.SetExtraValue(Content, new ExtraValueAnswer("Rust in mijn hoofd", 1, 2)).IsValid);

        var block = Build(builder).Capabilities!;

        Assert.Equal(4, block.Discrepancies.Count());
        Assert.Single(block.Capabilities);
        Assert.Equal("Capabilities: 1 van 7. Discrepanties: 3 van 7 +1 eigen waarde.", block.CountsText);
    }

    [Fact]
    public void CapabilityCounts_ShouldCountTheOwnValueBesideTheSeven_WhenItIsTheOnlyCapability()
    {
        var builder = new AnswersBuilder().AllCards();
        foreach (var value in Content.Capabilities.Values)
        {
            builder.Value(value.Id, 3, 3, 3);
        }

        Assert.True(builder.Answers.SetExtraValue(Content, new ExtraValueAnswer("Buiten werken", 5, 4)).IsValid);

        var block = Build(builder).Capabilities!;

        Assert.Single(block.Capabilities);
        Assert.Equal("Capabilities: 0 van 7 +1 eigen waarde. Discrepanties: 0 van 7.", block.CountsText);
    }

    [Fact]
    public void OwnValue_ShouldShowItsImportanceAsNamedByTheClient_WhenTheClientNamedOne()
    {
        var builder = CaseStudy();
        Assert.True(builder.Answers.SetExtraValue(Content, new ExtraValueAnswer("Rust in mijn hoofd", 4, 2)).IsValid);

        var extra = Build(builder).Capabilities!.ExtraValue!;

        Assert.Null(extra.Importance);
        Assert.Equal("a zelf genoemd als belangrijker · b 4 · c 2", extra.RatingsText);
        Assert.Equal(DiscrepancyVia.Realisation, extra.Score.Via);
    }

    [Fact]
    public void SkippedList_ShouldNameEverySkippedRating_WhenTheClientSkippedImportanceQuestions()
    {
        var builder = CaseStudy()
            .Value("use-skills", new CapabilityAnswer(null, 4, 4))
            .Value("good-income", new CapabilityAnswer(null, null, null));

        var gaps = Build(builder).Gaps.Where(gap => gap.Part == Content.Capabilities.Title.Nl).ToList();

        Assert.All(gaps, gap => Assert.Equal(GapKind.Skipped, gap.Kind));
        Assert.Equal(
            [
                "Kennis en vaardigheden gebruiken: a (hoe belangrijk)",
                "Een goed inkomen verdienen: a (hoe belangrijk)",
                "Een goed inkomen verdienen: b (maakt het werk het mogelijk)",
                "Een goed inkomen verdienen: c (lukt het)",
            ],
            gaps.Select(gap => gap.Topic));
    }

    [Fact]
    public void SkippedList_ShouldNameTheOwnAgenda_WhenTheClientFinishedWithoutOne()
    {
        var summary = Build(new AnswersBuilder().AllCards(), PreparationParts.CardSet);

        var gap = Assert.Single(summary.Gaps);
        Assert.Equal(GapKind.Skipped, gap.Kind);
        Assert.Equal(Content.Cards.OwnAgenda.Topic.Nl, gap.Part);
        Assert.Null(summary.Section(SummarySectionKind.Agenda)?.Blocks.OfType<OwnAgendaBlock>().FirstOrDefault());
    }

    [Fact]
    public void Summary_ShouldShowNotApplicableAndTheEighthValueInTheClientsWords_WhenGiven()
    {
        var builder = new AnswersBuilder().AllCards(hasWork: "no")
            .Value("use-skills", CapabilityAnswer.WithEnablementNotApplicable(5, 1));
        Assert.True(builder.Answers.SetExtraValue(Content, new ExtraValueAnswer("Buiten zijn", 2, 2)).IsValid);
        builder.Place(Content.Capabilities.ExtraValue.Id, Circle.Later).Place("use-skills", Circle.CouldBeBetter);

        var block = Build(builder).Capabilities!;

        var useSkills = block.Values.Single(value => value.ValueId == "use-skills");
        Assert.Equal("a 5 · b n.v.t. · c 1", useSkills.RatingsText);
        Assert.Equal(DiscrepancyVia.Realisation, useSkills.Score.Via);
        Assert.NotNull(block.ExtraValue);
        Assert.Equal("Buiten zijn", block.ExtraValue.Name);
        Assert.True(block.ExtraValue.IsClientWords);
        Assert.Equal(DiscrepancyVia.Both, block.ExtraValue.Score.Via);
        Assert.Equal(["Buiten zijn"], block.Circles.Single(circle => circle.Circle == Circle.Later).ValueNames);
        Assert.Equal(["Kennis en vaardigheden gebruiken"], block.Circles.Single(circle => circle.Circle == Circle.CouldBeBetter).ValueNames);
        Assert.Equal("Dit gaat al goed", block.Circles[0].Title);
    }

    [Fact]
    public void Summary_ShouldShowThePatternWithItsApproachAndConfidenceAsOwnNumber_WhenCardTwoIsAnswered()
    {
        var builder = new AnswersBuilder().Choice("has-work", "yes")
            .Choice("stuck-pattern", "lost").Rating("confidence", 2).Text("confidence-help", "Een proefplaats");

        var summary = Build(builder);

        var card = summary.Blocks.OfType<CardAnswersBlock>().Single(block => block.CardId == "where-you-stand");
        var pattern = card.Answers.Single(answer => answer.QuestionId == "stuck-pattern").Choices.Single();
        Assert.Equal("Verdwaald in heroriëntatie", pattern.MethodTerm);
        Assert.StartsWith("Laat verschillende mogelijkheden zien", pattern.Approach, StringComparison.Ordinal);
        var confidence = card.Answers.Single(answer => answer.QuestionId == "confidence").Scale!;
        Assert.Equal(2, confidence.Value);
        Assert.Equal("2 van 5: Weinig (eigen cijfer van de cliënt)", confidence.Text);
        Assert.Equal("Een proefplaats", card.Answers.Single(answer => answer.QuestionId == "confidence-help").Text);
        Assert.NotNull(summary.Section(SummarySectionKind.ConfidenceAndNextStep)!.Note);
    }

    [Fact]
    public void Summary_ShouldListUnansweredQuestionsAndSayHowFar_WhenTheClientDidNotFinish()
    {
        var builder = new AnswersBuilder().Choice("has-work", "yes").Text("conversation-goal", "Duidelijkheid");

        var summary = Build(builder, PreparationParts.CardSet);

        Assert.Equal("Bezig met kaart 1 van 9", summary.ProgressText);
        Assert.Contains(summary.Gaps, gap => gap.Kind == GapKind.NotAnswered && gap.Topic == "Wat je nodig hebt in het gesprek");
        Assert.DoesNotContain(summary.Gaps, gap => gap.Topic == "Een werkplek die bij je past");
        Assert.DoesNotContain(summary.Gaps, gap => gap.Topic == "Wat zou helpen voor meer vertrouwen");
        Assert.Null(summary.Capabilities);
        Assert.DoesNotContain(summary.Gaps, gap => gap.Part == Content.Capabilities.Title.Nl);
    }

    [Fact]
    public void Summary_ShouldTranslateChoicesButKeepOwnWords_WhenBuiltInEnglish()
    {
        var builder = CaseStudy().Answer("work-gives", QuestionAnswer.ChoiceWithText(["income", "contact"], "Collega's om me heen"));

        var summary = Build(builder, language: Language.English);

        var answer = summary.Blocks.OfType<CardAnswersBlock>().SelectMany(block => block.Answers).Single(item => item.QuestionId == "work-gives");
        Assert.Equal(["Contact with other people", "Income"], answer.Choices.Select(choice => choice.Label));
        Assert.Equal("Collega's om me heen", answer.Text);
        Assert.Equal("What should work give you?", answer.Question);
        Assert.Equal("The client's agenda", summary.Sections[0].Title);
        Assert.Equal("How was it to answer these questions?", summary.OpenQuestions[0].Text);
        Assert.StartsWith("This is the client's preparation, not an assessment.", summary.Footer, StringComparison.Ordinal);
    }
}
