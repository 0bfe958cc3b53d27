using ReIntegratie.Bot.Dialogs.Preparation;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Review;

/// <summary>
/// What one "Wijzig" in the review opens (a card question, a work value's three questions, the own
/// value from its first question, a circle, the own agenda), and which review part a step belongs to.
/// </summary>
public static class ReviewTargets
{
    /// <summary>The steps a change target opens again, in the journey's order.</summary>
    public static IReadOnlyList<string> StepsOf(string target)
    {
        if (target.StartsWith("a:", StringComparison.Ordinal))
        {
            var valueId = target[2..];
            return [target, "b:" + valueId, "c:" + valueId];
        }

        return target == JourneySteps.ExtraAsk
            ? [JourneySteps.ExtraAsk, JourneySteps.ExtraName, JourneySteps.ExtraEnablement, JourneySteps.ExtraRealisation]
            : [target];
    }

    /// <summary>The id of the review (and sharing) part a step's answer shows in.</summary>
    public static string PartOf(JourneyStep step, PreparationContent content) => step.Kind switch
    {
        StepKind.CardQuestion => step.CardId!,
        StepKind.OwnAgenda => content.Cards.OwnAgenda.Id,
        _ => content.Capabilities.Id,
    };
}
