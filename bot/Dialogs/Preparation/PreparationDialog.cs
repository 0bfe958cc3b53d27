using System.Text.Json.Nodes;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;
using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>
/// Asks the journey's questions one at a time (cards, capability list, circles, own agenda), each with
/// the prompt that fits it, and stores every answer through the domain's guarded operations. The
/// current step is kept in the journey, so the client continues exactly there after a pause, a
/// restart or a week. Skip, back and "rather tell in the conversation" enter here from the root.
/// </summary>
public sealed class PreparationDialog(PreparationContent content, StepPrompts prompts) : Dialog(DialogIds.Preparation)
{
    private const string BsnNoticeKey = "journey.bsn.notice";

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var journey = dc.Journey();
        if (JourneySteps.Find(journey, content, journey.CurrentStep) is null)
        {
            journey.CurrentStep = JourneySteps.FirstOpen(journey, content)?.Key;
        }

        return AskCurrentAsync(dc, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        AskCurrentAsync(dc, cancellationToken);

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        var journey = dc.Journey();
        if (JourneySteps.Find(journey, content, journey.CurrentStep) is not { } step)
        {
            return await AdvanceAsync(dc, cancellationToken);
        }

        var check = Store(step, result, journey);
        if (!check.IsValid)
        {
            await dc.Context.SendActivityAsync(Plain(check.RetryText(content.Texts, dc.Language())), cancellationToken);
            return await AskCurrentAsync(dc, cancellationToken);
        }

        if (!journey.BsnNoticeGiven && BsnNumbers.Contains(TypedText(step, journey.Answers)))
        {
            journey.BsnNoticeGiven = true;
            await dc.Context.SendActivityAsync(Plain(content.Texts.Get(BsnNoticeKey, dc.Language())), cancellationToken);
        }

        MarkVisited(journey, step);
        return await AdvanceAsync(dc, cancellationToken);
    }

    /// <summary>"overslaan": the question stays unanswered (a card question is marked skipped) and the next one comes.</summary>
    public async Task<DialogTurnResult> SkipAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var journey = dc.Journey();
        if (JourneySteps.Find(journey, content, journey.CurrentStep) is { } step)
        {
            if (step.Kind == StepKind.CardQuestion)
            {
                journey.Answers.Answer(content, step.QuestionId!, QuestionAnswer.Skipped);
            }
            else if (step.Kind is StepKind.Importance or StepKind.Enablement or StepKind.Realisation &&
                !journey.Answers.Capabilities.ContainsKey(step.ValueId!))
            {
                // An empty rating records that the value was offered: progress counts it, the summary lists it as skipped.
                journey.Answers.AnswerCapability(content, step.ValueId!, new CapabilityAnswer(null, null, null));
            }

            MarkVisited(journey, step);
        }

        return await AdvanceAsync(dc, cancellationToken);
    }

    /// <summary>"ik vertel dit liever in het gesprek": recorded as such on card questions, a skip elsewhere.</summary>
    public async Task<DialogTurnResult> RatherTellAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var journey = dc.Journey();
        if (JourneySteps.Find(journey, content, journey.CurrentStep) is { Kind: StepKind.CardQuestion } step)
        {
            journey.Answers.Answer(content, step.QuestionId!, QuestionAnswer.RatherTellInConversation);
            MarkVisited(journey, step);
            return await AdvanceAsync(dc, cancellationToken);
        }

        return await SkipAsync(dc, cancellationToken);
    }

    /// <summary>"terug": asks the previous question again (its answer is kept until it is answered anew).</summary>
    public async Task<DialogTurnResult> BackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var journey = dc.Journey();
        if (JourneySteps.Before(journey, content, journey.CurrentStep) is { } previous)
        {
            journey.CurrentStep = previous.Key;
        }
        else
        {
            await dc.Context.SendActivityAsync(Plain(content.Texts.Get("journey.back.atStart", dc.Language())), cancellationToken);
        }

        return await AskCurrentAsync(dc, cancellationToken);
    }

    /// <summary>Asks the current question again, freshly rendered (e.g. in a newly chosen language).</summary>
    public Task<DialogTurnResult> AskAgainAsync(DialogContext dc, CancellationToken cancellationToken) =>
        AskCurrentAsync(dc, cancellationToken);

    /// <summary>
    /// A button of an earlier question's card (its prompt id is that step's key): changes that answer,
    /// checked by the domain like any answer, while the preparation is not shared. False, and nothing
    /// said, when the card answers no answered question that is still open for change.
    /// </summary>
    public async Task<bool> ChangeEarlierAnswerAsync(DialogContext dc, string stepKey, CancellationToken cancellationToken)
    {
        var journey = dc.Journey();
        if (journey.SharedAt is not null || !journey.VisitedSteps.Contains(stepKey) || JourneySteps.Find(journey, content, stepKey) is not { } step)
        {
            return false;
        }

        var (promptId, options) = prompts.Build(step, journey, dc.Language(), dc.Context.Activity.ChannelId);
        if (dc.FindDialog(promptId) is not IPrompt prompt || prompt.RecognizeAnswer(dc.Context.Activity, options) is not { } answer)
        {
            return false;
        }

        var check = Store(step, answer, journey);
        var said = check.IsValid ? content.Texts.Get("journey.answerChanged", dc.Language()) : check.RetryText(content.Texts, dc.Language());
        await dc.Context.SendActivityAsync(Plain(said), cancellationToken);
        return true;
    }

    /// <summary>Goes back to one answered question (from the review), then on to the first open one.</summary>
    public static void Revisit(ClientJourney journey, string stepKey)
    {
        journey.VisitedSteps.Remove(stepKey);
        journey.CurrentStep = stepKey;
    }

    private Task<DialogTurnResult> AdvanceAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var journey = dc.Journey();
        journey.CurrentStep = JourneySteps.FirstOpen(journey, content)?.Key;
        return AskCurrentAsync(dc, cancellationToken);
    }

    private async Task<DialogTurnResult> AskCurrentAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var journey = dc.Journey();
        var step = JourneySteps.Find(journey, content, journey.CurrentStep) ?? JourneySteps.FirstOpen(journey, content);
        if (step is null)
        {
            journey.CurrentStep = null;
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        journey.CurrentStep = step.Key;
        var (promptId, options) = prompts.Build(step, journey, dc.Language(), dc.Context.Activity.ChannelId);
        return await dc.BeginDialogAsync(promptId, DialogStateValues.ToNode(options), cancellationToken);
    }

    private AnswerCheck Store(JourneyStep step, JsonNode? result, ClientJourney journey)
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

    /// <summary>What the client typed for this step, if it takes typed text.</summary>
    private static string? TypedText(JourneyStep step, PreparationAnswers answers) => step.Kind switch
    {
        StepKind.CardQuestion => answers.AnswerTo(step.QuestionId!)?.Text,
        StepKind.OwnAgenda => answers.OwnAgenda,
        StepKind.ExtraValueName => answers.ExtraValue?.Name,
        _ => null,
    };

    private static void MarkVisited(ClientJourney journey, JourneyStep step)
    {
        if (!journey.VisitedSteps.Contains(step.Key))
        {
            journey.VisitedSteps.Add(step.Key);
        }
    }

    private static Activity Plain(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormats.Plain };
}
