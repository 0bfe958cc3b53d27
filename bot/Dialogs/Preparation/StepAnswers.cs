using System.Text.Json.Nodes;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;
using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>Stores the answer to one journey step (or its absence) through the domain's guarded operations.</summary>
public sealed class StepAnswers(PreparationContent content)
{
    /// <summary>Stores a prompt's result for the step through the domain, which checks it.</summary>
    public AnswerCheck Store(JourneyStep step, JsonNode? result, ClientJourney journey)
    {
        var answers = journey.Answers;
        switch (step.Kind)
        {
            case StepKind.CardQuestion:
                return result.As<QuestionAnswer>() is { } answer
                    ? answers.Answer(content, step.QuestionId!, answer)
                    : AnswerCheck.Because(AnswerProblem.DoesNotFitQuestion);

            case StepKind.Importance or StepKind.Enablement or StepKind.Realisation:
            {
                var scale = result.As<ScaleAnswer>() ?? ScaleAnswer.NotApplicableAnswer;
                var old = answers.Capabilities.GetValueOrDefault(step.ValueId!) ?? new CapabilityAnswer(null, null, null);
                var updated = step.Kind switch
                {
                    StepKind.Importance => new CapabilityAnswer(scale.Value, old.Enablement, old.Realisation, old.EnablementNotApplicable),
                    StepKind.Enablement => new CapabilityAnswer(old.Importance, scale.Value, old.Realisation, scale.NotApplicable),
                    _ => new CapabilityAnswer(old.Importance, old.Enablement, scale.Value, old.EnablementNotApplicable),
                };
                return answers.AnswerCapability(content, step.ValueId!, updated);
            }

            case StepKind.ExtraValueAsk:
                journey.WantsExtraValue = result.As<bool>();
                return journey.WantsExtraValue == true ? AnswerCheck.Valid : answers.SetExtraValue(content, null);

            case StepKind.ExtraValueName:
            {
                var old = answers.ExtraValue;
                return answers.SetExtraValue(content, new ExtraValueAnswer(result.As<string>() ?? "", old?.Enablement, old?.Realisation, old?.EnablementNotApplicable ?? false));
            }

            case StepKind.ExtraValueEnablement or StepKind.ExtraValueRealisation:
            {
                var scale = result.As<ScaleAnswer>() ?? ScaleAnswer.NotApplicableAnswer;
                if (answers.ExtraValue is not { } old)
                {
                    return AnswerCheck.Valid; // the name was skipped: nothing to attach the rating to
                }

                return answers.SetExtraValue(content, step.Kind == StepKind.ExtraValueEnablement
                    ? new ExtraValueAnswer(old.Name, scale.Value, old.Realisation, scale.NotApplicable)
                    : new ExtraValueAnswer(old.Name, old.Enablement, scale.Value, old.EnablementNotApplicable));
            }

            case StepKind.Circle:
                return result.As<List<string>>() is [var chosen, ..] && Enum.TryParse<Circle>(chosen, out var circle)
                    ? answers.PlaceValue(content, step.ValueId!, circle)
                    : AnswerCheck.Because(AnswerProblem.ValueNotOffered);

            default:
                return answers.SetOwnAgenda(content, result.As<string>());
        }
    }

    /// <summary>Records a step left open: a card question as skipped, a work value as offered but not rated.</summary>
    public void Skip(ClientJourney journey, JourneyStep step)
    {
        if (step.Kind == StepKind.CardQuestion && journey.Answers.AnswerTo(step.QuestionId!) is null)
        {
            journey.Answers.Answer(content, step.QuestionId!, QuestionAnswer.Skipped);
        }
        else if (step.Kind is StepKind.Importance or StepKind.Enablement or StepKind.Realisation &&
            !journey.Answers.Capabilities.ContainsKey(step.ValueId!))
        {
            // An empty rating records that the value was offered: progress counts it, the summary lists it as skipped.
            journey.Answers.AnswerCapability(content, step.ValueId!, new CapabilityAnswer(null, null, null));
        }
    }

    /// <summary>What the client typed for this step, if it takes typed text.</summary>
    public static string? TypedText(JourneyStep step, PreparationAnswers answers) => step.Kind switch
    {
        StepKind.CardQuestion => answers.AnswerTo(step.QuestionId!)?.Text,
        StepKind.OwnAgenda => answers.OwnAgenda,
        StepKind.ExtraValueName => answers.ExtraValue?.Name,
        _ => null,
    };
}
