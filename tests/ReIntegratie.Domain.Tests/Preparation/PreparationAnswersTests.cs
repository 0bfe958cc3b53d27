using System.Text.Json;
using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;
using ReIntegratie.Domain.Tests.Support;

namespace ReIntegratie.Domain.Tests.Preparation;

public sealed class PreparationAnswersTests
{
    private static readonly PreparationContent Content = PreparationContent.Default;

    [Fact]
    public void NewAnswers_ShouldShareEveryPart_WhenTheClientSwitchedNothingOff()
    {
        var answers = new PreparationAnswers();

        Assert.All(Content.SharingParts(PreparationParts.All), part => Assert.True(answers.IsShared(part.Id)));
        Assert.Equal(11, Content.SharingParts(PreparationParts.All).Count);
    }

    [Fact]
    public void SetShared_ShouldSwitchAPartOffAndOnAgain_WhenTheClientChooses()
    {
        var answers = new PreparationAnswers();

        Assert.True(answers.SetShared(Content, "day-and-energy", shared: false).IsValid);
        Assert.False(answers.IsShared("day-and-energy"));
        Assert.True(answers.IsShared("surroundings"));

        Assert.True(answers.SetShared(Content, "day-and-energy", shared: true).IsValid);
        Assert.True(answers.IsShared("day-and-energy"));
    }

    [Fact]
    public void SetShared_ShouldRefuse_WhenThePartIsUnknown() =>
        Assert.Equal(AnswerProblem.UnknownSharingPart, new PreparationAnswers().SetShared(Content, "diary", false).Problem);

    [Fact]
    public void Answer_ShouldStoreTheNormalisedAnswer_WhenValid()
    {
        var answers = new PreparationAnswers();

        var check = answers.Answer(Content, "skills-proud", QuestionAnswer.FreeText("  Koken en fietsen repareren  "));

        Assert.True(check.IsValid);
        Assert.Equal("Koken en fietsen repareren", answers.AnswerTo("skills-proud")!.Text);
    }

    [Fact]
    public void Answer_ShouldStoreNothing_WhenTheAnswerIsRefused()
    {
        var answers = new PreparationAnswers();

        var check = answers.Answer(Content, "has-work", QuestionAnswer.Choice("sometimes"));

        Assert.Equal(AnswerProblem.UnknownOption, check.Problem);
        Assert.Null(answers.AnswerTo("has-work"));
    }

    [Fact]
    public void Answer_ShouldRefuse_WhenTheQuestionIsUnknown() =>
        Assert.Equal(AnswerProblem.UnknownQuestion, new PreparationAnswers().Answer(Content, "bsn", QuestionAnswer.FreeText("x")).Problem);

    [Theory]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    [InlineData(5, false)]
    public void ConfidenceHelp_ShouldBeAskedOnlyAfterOneToThree_WhenConfidenceIsRated(int confidence, bool asked)
    {
        var answers = new AnswersBuilder().Rating("confidence", confidence).Answers;
        var help = Content.Cards.FindQuestion("confidence-help")!;

        Assert.Equal(asked, answers.IsAsked(help, Content));
        Assert.Equal(
            asked ? null : AnswerProblem.QuestionNotAsked,
            answers.Answer(Content, help.Id, QuestionAnswer.FreeText("Een proefplek")).Problem);
    }

    [Fact]
    public void ConfidenceHelp_ShouldNotBeAsked_WhenConfidenceWasSkipped()
    {
        var answers = new AnswersBuilder().Skip("confidence").Answers;

        Assert.False(answers.IsAsked(Content.Cards.FindQuestion("confidence-help")!, Content));
    }

    [Theory]
    [InlineData("yes", WorkSituation.WithWork)]
    [InlineData("partly", WorkSituation.WithWork)]
    [InlineData("no", WorkSituation.WithoutWork)]
    public void WorkSituation_ShouldFollowTheWorkQuestion_WhenAnswered(string option, WorkSituation expected) =>
        Assert.Equal(expected, new AnswersBuilder().Choice("has-work", option).Answers.WorkSituation(Content));

    [Fact]
    public void WorkSituation_ShouldBeUnknown_WhenTheWorkQuestionIsSkippedOrKeptForTheConversation()
    {
        Assert.Equal(WorkSituation.Unknown, new PreparationAnswers().WorkSituation(Content));
        Assert.Equal(WorkSituation.Unknown, new AnswersBuilder().Skip("has-work").Answers.WorkSituation(Content));
        Assert.Equal(WorkSituation.Unknown, new AnswersBuilder().RatherTell("has-work").Answers.WorkSituation(Content));
    }

    [Theory]
    [InlineData("yes", new[] { "employer-offered", "hard-at-work" })]
    [InlineData("partly", new[] { "employer-offered", "hard-at-work" })]
    [InlineData("no", new[] { "good-workplace" })]
    [InlineData(null, new[] { "good-workplace" })]
    public void WorkAndEmployerCard_ShouldAskTheVariantForTheWorkSituation_WhenShown(string? hasWork, string[] expected)
    {
        var builder = new AnswersBuilder();
        if (hasWork is not null)
        {
            builder.Choice("has-work", hasWork);
        }

        var asked = builder.Answers.AskedQuestions(Content.Cards.FindCard("work-and-employer")!, Content);

        Assert.Equal(expected, asked.Select(question => question.Id));
    }

    [Fact]
    public void NextQuestion_ShouldGoCardByCard_WhenQuestionsAreAnswered()
    {
        var answers = new PreparationAnswers();
        Assert.Equal("has-work", answers.NextQuestion(Content)!.Id);

        answers.Answer(Content, "has-work", QuestionAnswer.Skipped);
        answers.Answer(Content, "conversation-goal", QuestionAnswer.RatherTellInConversation);
        Assert.Equal("practical-needs", answers.NextQuestion(Content)!.Id);
    }

    [Fact]
    public void NextQuestion_ShouldBeNull_WhenEveryAskedQuestionHasAnAnswer() =>
        Assert.Null(new AnswersBuilder().AllCards().Answers.NextQuestion(Content));

    [Fact]
    public void AnswerCapability_ShouldRefuseNotApplicable_WhenTheClientHasWork()
    {
        var answers = new AnswersBuilder().Choice("has-work", "yes").Answers;

        var check = answers.AnswerCapability(Content, "use-skills", CapabilityAnswer.WithEnablementNotApplicable(5, 4));

        Assert.Equal(AnswerProblem.NotApplicableNotAllowed, check.Problem);
        Assert.Empty(answers.Capabilities);
    }

    [Theory]
    [InlineData("no")]
    [InlineData(null)]
    public void AnswerCapability_ShouldAcceptNotApplicable_WhenTheClientHasNoWorkOrDidNotSay(string? hasWork)
    {
        var builder = new AnswersBuilder();
        if (hasWork is not null)
        {
            builder.Choice("has-work", hasWork);
        }

        var check = builder.Answers.AnswerCapability(Content, "use-skills", CapabilityAnswer.WithEnablementNotApplicable(5, 4));

        Assert.True(check.IsValid);
        Assert.True(builder.Answers.Capabilities["use-skills"].EnablementNotApplicable);
    }

    [Fact]
    public void AnswerCapability_ShouldRefuse_WhenTheValueIsUnknown() =>
        Assert.Equal(
            AnswerProblem.UnknownValue,
            new PreparationAnswers().AnswerCapability(Content, "fame", CapabilityAnswer.Of(5, 5, 5)).Problem);

    [Fact]
    public void AnswerCapability_ShouldDropTheCirclePlacement_WhenImportanceDropsToThree()
    {
        var builder = new AnswersBuilder().Value("use-skills", 5, 4, 4).Place("use-skills", Circle.GoingWell);

        builder.Value("use-skills", 3, 4, 4);

        Assert.Null(builder.Answers.Circles.CircleOf("use-skills"));
        Assert.Empty(builder.Answers.ValuesToOffer(Content));
    }

    [Fact]
    public void PlaceValue_ShouldRefuse_WhenTheValueWasNotRatedImportant()
    {
        var answers = new AnswersBuilder().Value("good-income", 2, 3, 3).Answers;

        Assert.Equal(AnswerProblem.ValueNotOffered, answers.PlaceValue(Content, "good-income", Circle.Later).Problem);
        Assert.Empty(answers.Circles.Placements);
    }

    [Fact]
    public void SetExtraValue_ShouldOfferItForTheCirclesAndRefuseATooLongName_WhenNamed()
    {
        var answers = new PreparationAnswers();
        var max = Content.Capabilities.ExtraValue.NameMaxLength;

        Assert.Equal(
            AnswerProblem.TextTooLong,
            answers.SetExtraValue(Content, new ExtraValueAnswer(new string('x', max + 1), 3, 3)).Problem);
        Assert.True(answers.SetExtraValue(Content, new ExtraValueAnswer("Buiten werken", 2, 4)).IsValid);
        Assert.Equal([Content.Capabilities.ExtraValue.Id], answers.ValuesToOffer(Content));
        Assert.True(answers.PlaceValue(Content, Content.Capabilities.ExtraValue.Id, Circle.CouldBeBetter).IsValid);

        Assert.True(answers.SetExtraValue(Content, null).IsValid);
        Assert.Empty(answers.Circles.Placements);
    }

    [Fact]
    public void SetOwnAgenda_ShouldTrimClearAndLimit_WhenTheClientWritesIt()
    {
        var answers = new PreparationAnswers();
        var max = Content.Cards.OwnAgenda.MaxLength!.Value;

        Assert.True(answers.SetOwnAgenda(Content, "  Wat kan ik met mijn rug nog doen?  ").IsValid);
        Assert.Equal("Wat kan ik met mijn rug nog doen?", answers.OwnAgenda);
        Assert.Equal(AnswerProblem.TextTooLong, answers.SetOwnAgenda(Content, new string('x', max + 1)).Problem);
        Assert.Equal("Wat kan ik met mijn rug nog doen?", answers.OwnAgenda);
        Assert.True(answers.SetOwnAgenda(Content, "   ").IsValid);
        Assert.Null(answers.OwnAgenda);
    }

    public static TheoryData<string> SerializerKinds => ["default", "web"];

    [Theory]
    [MemberData(nameof(SerializerKinds))]
    public void Answers_ShouldSurviveAJsonRoundTrip_WhenStoredAsABlob(string kind)
    {
        var options = kind == "web" ? new JsonSerializerOptions(JsonSerializerDefaults.Web) : new JsonSerializerOptions();
        var original = new AnswersBuilder()
            .Choice("has-work", "no")
            .Answer("work-gives", QuestionAnswer.ChoiceWithText(["contact", "income"], "Een vaste plek"))
            .Rating("confidence", 2)
            .Text("confidence-help", "Een proefplek")
            .Skip("energy")
            .RatherTell("health-change")
            .Value("use-skills", 5, 4, 2)
            .Value("develop-skills", CapabilityAnswer.WithEnablementNotApplicable(4, 1))
            .Place("use-skills", Circle.CouldBeBetter)
            .Agenda("Mijn rooster")
            .NotShared("surroundings")
            .Answers;
        Assert.True(original.SetExtraValue(Content, new ExtraValueAnswer("Rust", null, 4, enablementNotApplicable: true)).IsValid);

        var json = JsonSerializer.Serialize(original, options);
        var copy = JsonSerializer.Deserialize<PreparationAnswers>(json, options)!;

        Assert.Equal(original.Questions.OrderBy(pair => pair.Key), copy.Questions.OrderBy(pair => pair.Key));
        Assert.Equal(original.Capabilities.OrderBy(pair => pair.Key), copy.Capabilities.OrderBy(pair => pair.Key));
        Assert.Equal(original.ExtraValue, copy.ExtraValue);
        Assert.Equal(Circle.CouldBeBetter, copy.Circles.CircleOf("use-skills"));
        Assert.Equal("Mijn rooster", copy.OwnAgenda);
        Assert.False(copy.IsShared("surroundings"));
        Assert.Equal(WorkSituation.WithoutWork, copy.WorkSituation(Content));
        Assert.Contains("\"RatherTellInConversation\"", json, StringComparison.Ordinal);
        Assert.Contains("\"CouldBeBetter\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void DeserialisedAnswers_ShouldStillBeGuarded_WhenChangedAfterLoading()
    {
        var json = JsonSerializer.Serialize(new AnswersBuilder().Choice("has-work", "yes").Answers);
        var loaded = JsonSerializer.Deserialize<PreparationAnswers>(json)!;

        Assert.Equal(AnswerProblem.OneChoiceOnly, loaded.Answer(Content, "has-work", QuestionAnswer.Choice("yes", "no")).Problem);
        Assert.True(loaded.Answer(Content, "has-work", QuestionAnswer.Choice("no")).IsValid);
        Assert.Equal(WorkSituation.WithoutWork, loaded.WorkSituation(Content));
    }
}
