using ReIntegratie.Bot.Conversations;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>
/// The journey's steps as the client meets them. Where the channel renders cards, a work value's
/// questions a, b and c come on one card, so do all circle placements, and so do the open questions
/// of one preparation card that follow each other (as on the paper card); on text channels every
/// step is its own turn. The steps and their keys stay the same either way, so answers, "back" and the
/// review work per step.
/// </summary>
public static class JourneyPages
{
    public static IReadOnlyList<JourneyPage> For(ClientJourney journey, PreparationContent content, bool together) =>
        Group(JourneySteps.For(journey, content), content, together);

    public static IReadOnlyList<JourneyPage> Group(IReadOnlyList<JourneyStep> steps, PreparationContent content, bool together)
    {
        var pages = new List<JourneyPage>();
        var current = new List<JourneyStep>();
        foreach (var step in steps)
        {
            if (current.Count > 0 && !(together && GroupOf(current[0], content) is { } group && group == GroupOf(step, content)))
            {
                pages.Add(new JourneyPage(current));
                current = [];
            }

            current.Add(step);
        }

        if (current.Count > 0)
        {
            pages.Add(new JourneyPage(current));
        }

        return pages;
    }

    /// <summary>The page holding the step, or null when the step is not in the journey (any more).</summary>
    public static JourneyPage? Holding(ClientJourney journey, PreparationContent content, string? stepKey, bool together) =>
        stepKey is null ? null : For(journey, content, together).FirstOrDefault(page => page.Contains(stepKey));

    /// <summary>
    /// Which part of the journey a step belongs to: a preparation card, a work value, the own value, the
    /// circles or the own agenda.
    /// </summary>
    public static string SectionOf(JourneyStep step) => step.Kind switch
    {
        StepKind.CardQuestion => "card:" + step.CardId,
        StepKind.Circle => "circles",
        StepKind.OwnAgenda => "agenda",
        StepKind.Importance or StepKind.Enablement or StepKind.Realisation => "value:" + step.ValueId,
        _ => "extraValue",
    };

    /// <summary>Whether the page opens a new part (a card, a work value, the circles...): where "later verder" is offered.</summary>
    public static bool StartsSection(IReadOnlyList<JourneyPage> pages, JourneyPage page)
    {
        var index = pages.ToList().FindIndex(candidate => candidate.Key == page.Key);
        return index <= 0 || SectionOf(pages[index - 1].First) != SectionOf(page.First);
    }

    /// <summary>
    /// Steps with the same group go on one card: a value's three ratings, the circles, and a card's open
    /// questions that no answer on the same card decides.
    /// </summary>
    private static string? GroupOf(JourneyStep step, PreparationContent content) => step.Kind switch
    {
        StepKind.CardQuestion when content.Cards.FindQuestion(step.QuestionId!) is { Kind: QuestionKind.FreeText } question &&
            question.Condition is null or { IsOnWorkSituation: true } => "text:" + step.CardId,
        StepKind.Importance or StepKind.Enablement or StepKind.Realisation => "value:" + step.ValueId,
        StepKind.Circle => "circles",
        _ => null,
    };
}
