using ReIntegratie.Bot.Conversations;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>
/// The journey's questions in order, from the content and the answers so far (conditions can add or
/// remove questions): the cards, the capability list with the optional own value, the circles, the
/// own agenda. Adding a card or a question is a change to the content files only.
/// </summary>
public static class JourneySteps
{
    public const string ExtraAsk = "x:ask";
    public const string ExtraName = "x:name";
    public const string ExtraEnablement = "x:b";
    public const string ExtraRealisation = "x:c";
    public const string OwnAgenda = "agenda";

    public static IReadOnlyList<JourneyStep> For(ClientJourney journey, PreparationContent content) => Build(journey, content, possible: false);

    /// <summary>
    /// The steps that may still be asked: those of <see cref="For"/>, plus the ones later answers can add
    /// (a conditional question whose deciding answer is not given yet, counted for the work situation
    /// that asks the most; a circle for every value not rated yet). What progress counts, so the total
    /// only ever goes down.
    /// </summary>
    public static IReadOnlyList<JourneyStep> Possible(ClientJourney journey, PreparationContent content) => Build(journey, content, possible: true);

    private static List<JourneyStep> Build(ClientJourney journey, PreparationContent content, bool possible)
    {
        var steps = new List<JourneyStep>();
        var answers = journey.Answers;
        if (journey.Parts.HasFlag(PreparationParts.CardSet))
        {
            foreach (var card in content.Cards.Cards)
            {
                var questions = possible ? card.Questions.Where(question => MayBeAsked(question, answers, content)) : answers.AskedQuestions(card, content);
                steps.AddRange(questions
                    .Select(question => new JourneyStep("q:" + question.Id, StepKind.CardQuestion, question.Id, CardId: card.Id)));
            }
        }

        if (journey.Parts.HasFlag(PreparationParts.CapabilityList))
        {
            foreach (var value in content.Capabilities.Values)
            {
                steps.Add(new JourneyStep("a:" + value.Id, StepKind.Importance, ValueId: value.Id));
                steps.Add(new JourneyStep("b:" + value.Id, StepKind.Enablement, ValueId: value.Id));
                steps.Add(new JourneyStep("c:" + value.Id, StepKind.Realisation, ValueId: value.Id));
            }

            steps.Add(new JourneyStep(ExtraAsk, StepKind.ExtraValueAsk));
            if (journey.WantsExtraValue == true)
            {
                steps.Add(new JourneyStep(ExtraName, StepKind.ExtraValueName));
                steps.Add(new JourneyStep(ExtraEnablement, StepKind.ExtraValueEnablement));
                steps.Add(new JourneyStep(ExtraRealisation, StepKind.ExtraValueRealisation));
            }

            var offered = answers.ValuesToOffer(content);
            if (possible)
            {
                var unrated = content.Capabilities.Values.Select(value => value.Id).Where(id => !answers.Capabilities.ContainsKey(id));
                offered = [.. content.Capabilities.Values.Select(value => value.Id).Where(id => offered.Contains(id) || unrated.Contains(id)), .. offered.Where(id => content.Capabilities.FindValue(id) is null)];
            }

            steps.AddRange(offered.Select(valueId => new JourneyStep("circle:" + valueId, StepKind.Circle, ValueId: valueId)));
        }

        steps.Add(new JourneyStep(OwnAgenda, StepKind.OwnAgenda));
        return steps;
    }

    private static bool MayBeAsked(Question question, PreparationAnswers answers, PreparationContent content)
    {
        if (question.Condition is { IsOnWorkSituation: true } onWork && answers.AnswerTo(content.Cards.WorkSituation.Question) is null)
        {
            return onWork.WorkSituationIn.Contains(WidestWorkSituation(content));
        }

        if (answers.IsAsked(question, content))
        {
            return true;
        }

        return question.Condition is { } condition && condition.Question is { } referencedId && answers.AnswerTo(referencedId) is null &&
            content.Cards.FindQuestion(referencedId) is { } referenced && MayBeAsked(referenced, answers, content);
    }

    /// <summary>The work situation in which the most card questions are asked.</summary>
    private static WorkSituation WidestWorkSituation(PreparationContent content) =>
        Enum.GetValues<WorkSituation>().MaxBy(situation => content.Cards.Questions.Count(question => question.Condition is { IsOnWorkSituation: true } condition && condition.WorkSituationIn.Contains(situation)));

    public static JourneyStep? Find(ClientJourney journey, PreparationContent content, string? key) =>
        key is null ? null : For(journey, content).FirstOrDefault(step => step.Key == key);

    /// <summary>The first step not yet answered or skipped: where the journey goes on.</summary>
    public static JourneyStep? FirstOpen(ClientJourney journey, PreparationContent content) =>
        For(journey, content).FirstOrDefault(step => !journey.VisitedSteps.Contains(step.Key));

    /// <summary>The step before <paramref name="key"/>, or null at the first one.</summary>
    public static JourneyStep? Before(ClientJourney journey, PreparationContent content, string? key)
    {
        var steps = For(journey, content);
        var index = steps.ToList().FindIndex(step => step.Key == key);
        if (index < 0)
        {
            index = steps.Count;
        }

        return index > 0 ? steps[index - 1] : null;
    }
}
