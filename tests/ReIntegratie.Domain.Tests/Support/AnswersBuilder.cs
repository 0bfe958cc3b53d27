using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Tests.Support;

/// <summary>Builds preparation answers through the real guarded methods; fails the test when one is refused.</summary>
internal sealed class AnswersBuilder
{
    public static PreparationContent Content => PreparationContent.Default;

    public PreparationAnswers Answers { get; } = new();

    public AnswersBuilder Answer(string questionId, QuestionAnswer answer) => Ok(Answers.Answer(Content, questionId, answer));

    public AnswersBuilder Text(string questionId, string text) => Answer(questionId, QuestionAnswer.FreeText(text));

    public AnswersBuilder Choice(string questionId, params string[] optionIds) => Answer(questionId, QuestionAnswer.Choice(optionIds));

    public AnswersBuilder Rating(string questionId, int value) => Answer(questionId, QuestionAnswer.Rating(value));

    public AnswersBuilder Skip(string questionId) => Answer(questionId, QuestionAnswer.Skipped);

    public AnswersBuilder RatherTell(string questionId) => Answer(questionId, QuestionAnswer.RatherTellInConversation);

    public AnswersBuilder Value(string valueId, int a, int b, int c) => Ok(Answers.AnswerCapability(Content, valueId, CapabilityAnswer.Of(a, b, c)));

    public AnswersBuilder Value(string valueId, CapabilityAnswer answer) => Ok(Answers.AnswerCapability(Content, valueId, answer));

    public AnswersBuilder Place(string valueId, Circle circle) => Ok(Answers.PlaceValue(Content, valueId, circle));

    public AnswersBuilder Agenda(string text) => Ok(Answers.SetOwnAgenda(Content, text));

    public AnswersBuilder NotShared(string partId) => Ok(Answers.SetShared(Content, partId, shared: false));

    /// <summary>Answers every question that is asked, card by card, with a plain valid answer.</summary>
    public AnswersBuilder AllCards(string hasWork = "yes")
    {
        Choice("has-work", hasWork);
        while (Answers.NextQuestion(Content) is { } question)
        {
            Answer(question.Id, question.Kind switch
            {
                QuestionKind.Scale => QuestionAnswer.Rating(4),
                QuestionKind.FreeText => QuestionAnswer.FreeText("Eigen woorden bij " + question.Id),
                _ => QuestionAnswer.Choice(question.Options[0].Id),
            });
        }

        return this;
    }

    /// <summary>Rates all seven values 4-4-4.</summary>
    public AnswersBuilder AllValues()
    {
        foreach (var value in Content.Capabilities.Values)
        {
            Value(value.Id, 4, 4, 4);
        }

        return this;
    }

    private AnswersBuilder Ok(AnswerCheck check)
    {
        Assert.True(check.IsValid, $"Refused: {check.Problem}");
        return this;
    }
}
