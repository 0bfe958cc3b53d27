using System.Globalization;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>
/// What the client answered before to a step, as the card's inputs take it (choice values, comma
/// separated; a scale point; the typed text), so a question opened again from the review or with
/// "terug" shows that answer filled in. Null where nothing was answered.
/// </summary>
public static class EarlierAnswer
{
    /// <summary>The value of the "answer" input, and of the "own words" input where the question has one.</summary>
    public static (string? Answer, string? OwnWords) For(JourneyStep step, ClientJourney journey, PreparationContent content)
    {
        var answers = journey.Answers;
        switch (step.Kind)
        {
            case StepKind.CardQuestion:
                if (answers.AnswerTo(step.QuestionId!) is not { Kind: AnswerKind.Answered } answer)
                {
                    return (null, null);
                }

                if (answer.OptionIds.Count > 0)
                {
                    return (string.Join(",", answer.OptionIds), answer.Text);
                }

                if (answer.Scale is int point)
                {
                    return (Number(point), null);
                }

                // Own words without a chosen option belong in the own-words input, not in the choices.
                return content.Cards.FindQuestion(step.QuestionId!)?.Kind == QuestionKind.FreeText ? (answer.Text, null) : (null, answer.Text);

            case StepKind.Importance or StepKind.Enablement or StepKind.Realisation:
                var rating = answers.Capabilities.GetValueOrDefault(step.ValueId!);
                return step.Kind switch
                {
                    StepKind.Importance => (Number(rating?.Importance), null),
                    StepKind.Enablement => (rating?.EnablementNotApplicable == true ? ScalePrompt.NotApplicableValue : Number(rating?.Enablement), null),
                    _ => (Number(rating?.Realisation), null),
                };

            case StepKind.ExtraValueAsk:
                return (journey.WantsExtraValue is { } wants ? (wants ? "true" : "false") : null, null);

            case StepKind.ExtraValueName:
                return (answers.ExtraValue?.Name, null);

            case StepKind.ExtraValueEnablement:
                return (answers.ExtraValue is { EnablementNotApplicable: true } ? ScalePrompt.NotApplicableValue : Number(answers.ExtraValue?.Enablement), null);

            case StepKind.ExtraValueRealisation:
                return (Number(answers.ExtraValue?.Realisation), null);

            case StepKind.Circle:
                return (answers.Circles.CircleOf(step.ValueId!)?.ToString(), null);

            default:
                return (answers.OwnAgenda, null);
        }
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
