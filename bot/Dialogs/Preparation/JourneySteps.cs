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

    public static IReadOnlyList<JourneyStep> For(ClientJourney journey, PreparationContent content)
    {
        var steps = new List<JourneyStep>();
        var answers = journey.Answers;
        if (journey.Parts.HasFlag(PreparationParts.CardSet))
        {
            foreach (var card in content.Cards.Cards)
            {
                steps.AddRange(answers.AskedQuestions(card, content)
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

            steps.AddRange(answers.ValuesToOffer(content).Select(valueId => new JourneyStep("circle:" + valueId, StepKind.Circle, ValueId: valueId)));
        }

        steps.Add(new JourneyStep(OwnAgenda, StepKind.OwnAgenda));
        return steps;
    }

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
