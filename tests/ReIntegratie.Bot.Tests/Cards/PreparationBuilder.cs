using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Tests.Cards;

/// <summary>Builds a client's preparation through the domain's guarded methods; fails the test when one is refused.</summary>
internal sealed class PreparationBuilder
{
    public static PreparationContent Content => PreparationContent.Default;

    public PreparationAnswers Answers { get; } = new();

    public PreparationBuilder Answer(string questionId, QuestionAnswer answer) => Ok(Answers.Answer(Content, questionId, answer), questionId);

    public PreparationBuilder Text(string questionId, string text) => Answer(questionId, QuestionAnswer.FreeText(text));

    public PreparationBuilder Choice(string questionId, params string[] optionIds) => Answer(questionId, QuestionAnswer.Choice(optionIds));

    public PreparationBuilder ChoiceWithText(string questionId, string text, params string[] optionIds) =>
        Answer(questionId, QuestionAnswer.ChoiceWithText(optionIds, text));

    public PreparationBuilder Rating(string questionId, int value) => Answer(questionId, QuestionAnswer.Rating(value));

    public PreparationBuilder Skip(string questionId) => Answer(questionId, QuestionAnswer.Skipped);

    public PreparationBuilder RatherTell(string questionId) => Answer(questionId, QuestionAnswer.RatherTellInConversation);

    public PreparationBuilder Value(string valueId, int a, int b, int c) =>
        Ok(Answers.AnswerCapability(Content, valueId, CapabilityAnswer.Of(a, b, c)), valueId);

    public PreparationBuilder ExtraValue(string name, int b, int c) =>
        Ok(Answers.SetExtraValue(Content, new ExtraValueAnswer(name, b, c)), "extra value");

    public PreparationBuilder Place(string valueId, Circle circle) => Ok(Answers.PlaceValue(Content, valueId, circle), valueId);

    public PreparationBuilder Agenda(string text) => Ok(Answers.SetOwnAgenda(Content, text), "own agenda");

    public PreparationBuilder NotShared(string partId) => Ok(Answers.SetShared(Content, partId, shared: false), partId);

    /// <summary>Answers every asked question that has no answer yet, card by card, with <paramref name="answer"/>.</summary>
    public PreparationBuilder Rest(Func<Question, QuestionAnswer> answer)
    {
        while (Answers.NextQuestion(Content) is { } question)
        {
            Answer(question.Id, answer(question));
        }

        return this;
    }

    /// <summary>Places every value offered for the circles that is not placed yet in <paramref name="circle"/>.</summary>
    public PreparationBuilder PlaceRest(Circle circle)
    {
        foreach (var valueId in Answers.ValuesToOffer(Content).Where(valueId => Answers.Circles.CircleOf(valueId) is null))
        {
            Place(valueId, circle);
        }

        return this;
    }

    private PreparationBuilder Ok(AnswerCheck check, string what)
    {
        Assert.True(check.IsValid, $"Refused ({what}): {check.Problem}");
        return this;
    }
}
