using System.Text.Json;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>
/// Asks the journey's questions page by page (cards, capability list, circles, own agenda; see
/// <see cref="JourneyPages"/>), each with the prompt that fits it, and stores every answer through the domain's guarded operations. The
/// current step is kept in the journey, so the client continues exactly there after a pause, a
/// restart or a week. Skip, back and "rather tell in the conversation" enter here from the root.
/// </summary>
public sealed class PreparationDialog(PreparationContent content, StepPrompts prompts, StepAnswers answers) : Dialog(DialogIds.Preparation)
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
        if (CurrentPage(dc) is not { } page)
        {
            return await AdvanceAsync(dc, cancellationToken);
        }

        if (page.IsGroup)
        {
            return await StorePageAsync(dc, page, result.As<Dictionary<string, string>>() ?? [], cancellationToken);
        }

        var step = page.First;
        var check = answers.Store(step, result, journey);
        if (!check.IsValid)
        {
            await dc.Context.SendActivityAsync(Plain(check.RetryText(content.Texts, dc.Language())), cancellationToken);
            return await AskCurrentAsync(dc, cancellationToken);
        }

        if (!journey.BsnNoticeGiven && BsnNumbers.Contains(StepAnswers.TypedText(step, journey.Answers)))
        {
            journey.BsnNoticeGiven = true;
            await dc.Context.SendActivityAsync(Plain(content.Texts.Get(BsnNoticeKey, dc.Language())), cancellationToken);
        }

        MarkVisited(journey, step);
        return await AdvanceAsync(dc, cancellationToken);
    }

    /// <summary>
    /// Stores what a card of several steps gave, each answer recognised by its step's own prompt and checked
    /// by the domain; a question left open keeps its earlier answer, or counts as skipped when it had none.
    /// </summary>
    private async Task<DialogTurnResult> StorePageAsync(DialogContext dc, JourneyPage page, Dictionary<string, string> given, CancellationToken cancellationToken)
    {
        var journey = dc.Journey();
        var typed = given.Remove(PagePrompt.Typed, out var text);
        if (typed)
        {
            // Typed in the chat instead of on the card: it answers the first open question, and the card comes again for the rest.
            var open = page.Steps.FirstOrDefault(step => !journey.VisitedSteps.Contains(step.Key)) ?? page.First;
            given[open.Key] = text!;
        }

        if (Stored(dc, page, given) is { } problem)
        {
            await dc.Context.SendActivityAsync(Plain(problem), cancellationToken);
            return await AskCurrentAsync(dc, cancellationToken);
        }

        if (!journey.BsnNoticeGiven && page.Steps.Any(step => given.ContainsKey(step.Key) && BsnNumbers.Contains(StepAnswers.TypedText(step, journey.Answers))))
        {
            journey.BsnNoticeGiven = true;
            await dc.Context.SendActivityAsync(Plain(content.Texts.Get(BsnNoticeKey, dc.Language())), cancellationToken);
        }

        if (typed)
        {
            MarkVisited(journey, page.Steps.First(step => given.ContainsKey(step.Key)));
            if (!page.Steps.All(step => journey.VisitedSteps.Contains(step.Key)))
            {
                return await AskCurrentAsync(dc, cancellationToken);
            }
        }

        foreach (var step in page.Steps)
        {
            if (!given.ContainsKey(step.Key))
            {
                answers.Skip(journey, step);
            }

            MarkVisited(journey, step);
        }

        return await AdvanceAsync(dc, cancellationToken);
    }

    /// <summary>Recognises and stores the page's given answers; the text to say when one does not fit, else null.</summary>
    private string? Stored(DialogContext dc, JourneyPage page, Dictionary<string, string> given)
    {
        var journey = dc.Journey();
        var recognised = new List<(JourneyStep Step, JsonNode? Answer)>();
        foreach (var step in page.Steps.Where(step => given.ContainsKey(step.Key)))
        {
            var (promptId, options) = prompts.Build(step, journey, dc.Language(), dc.Context.Activity.ChannelId);
            var single = new Activity
            {
                Type = ActivityTypes.Message,
                ChannelId = dc.Context.Activity.ChannelId,
                Value = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["answer"] = given[step.Key] }),
            };
            if (dc.FindDialog(promptId) is not IPrompt prompt || prompt.RecognizeAnswer(single, options) is not { } answer)
            {
                return options.RetryPrompt?.Text ?? content.Texts.Get("journey.retry.pick", dc.Language());
            }

            recognised.Add((step, answer));
        }

        foreach (var (step, answer) in recognised)
        {
            var check = answers.Store(step, answer, journey);
            if (!check.IsValid)
            {
                return check.RetryText(content.Texts, dc.Language());
            }
        }

        return null;
    }

    /// <summary>"overslaan": the question stays unanswered (a card question is marked skipped) and the next one comes.</summary>
    public async Task<DialogTurnResult> SkipAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var journey = dc.Journey();
        foreach (var step in CurrentPage(dc)?.Steps ?? [])
        {
            answers.Skip(journey, step);
            MarkVisited(journey, step);
        }

        return await AdvanceAsync(dc, cancellationToken);
    }


    /// <summary>"ik vertel dit liever in het gesprek": recorded as such on card questions, a skip elsewhere.</summary>
    public async Task<DialogTurnResult> RatherTellAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var journey = dc.Journey();
        if (CurrentPage(dc) is { } page && page.Steps.All(step => step.Kind == StepKind.CardQuestion))
        {
            foreach (var step in page.Steps)
            {
                journey.Answers.Answer(content, step.QuestionId!, QuestionAnswer.RatherTellInConversation);
                MarkVisited(journey, step);
            }

            return await AdvanceAsync(dc, cancellationToken);
        }

        return await SkipAsync(dc, cancellationToken);
    }

    /// <summary>"terug": asks the previous question again (its answer is kept until it is answered anew).</summary>
    public async Task<DialogTurnResult> BackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var journey = dc.Journey();
        if (JourneySteps.Before(journey, content, CurrentPage(dc)?.Key ?? journey.CurrentStep) is { } previous)
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
        if (journey.SharedAt is not null || JourneyPages.Holding(journey, content, stepKey, Cards(dc)) is not { } page ||
            !page.Steps.Any(step => journey.VisitedSteps.Contains(step.Key)))
        {
            return false;
        }

        string said;
        if (page.IsGroup)
        {
            var (_, pageOptions) = prompts.Build(page, journey, dc.Language(), dc.Context.Activity.ChannelId);
            if (dc.FindDialog(DialogIds.PagePrompt) is not IPrompt pagePrompt || pagePrompt.RecognizeAnswer(dc.Context.Activity, pageOptions).As<Dictionary<string, string>>() is not { } given)
            {
                return false;
            }

            said = Stored(dc, page, given) ?? content.Texts.Get("journey.answerChanged", dc.Language());
        }
        else
        {
            var step = page.First;
            var (promptId, options) = prompts.Build(step, journey, dc.Language(), dc.Context.Activity.ChannelId);
            if (dc.FindDialog(promptId) is not IPrompt prompt || prompt.RecognizeAnswer(dc.Context.Activity, options) is not { } answer)
            {
                return false;
            }

            var check = answers.Store(step, answer, journey);
            said = check.IsValid ? content.Texts.Get("journey.answerChanged", dc.Language()) : check.RetryText(content.Texts, dc.Language());
        }

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
        var page = CurrentPage(dc) ?? JourneyPages.Holding(journey, content, JourneySteps.FirstOpen(journey, content)?.Key, Cards(dc));
        if (page is null)
        {
            journey.CurrentStep = null;
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        journey.CurrentStep = page.Key;
        var (promptId, options) = prompts.Build(page, journey, dc.Language(), dc.Context.Activity.ChannelId);
        return await dc.BeginDialogAsync(promptId, DialogStateValues.ToNode(options), cancellationToken);
    }

    /// <summary>The page with the current step: on channels with cards a work value's questions come together.</summary>
    private JourneyPage? CurrentPage(DialogContext dc) => JourneyPages.Holding(dc.Journey(), content, dc.Journey().CurrentStep, Cards(dc));

    private static bool Cards(DialogContext dc) => ChannelCapabilities.SupportsAdaptiveCards(dc.Context.Activity.ChannelId);

    private static void MarkVisited(ClientJourney journey, JourneyStep step)
    {
        if (!journey.VisitedSteps.Contains(step.Key))
        {
            journey.VisitedSteps.Add(step.Key);
        }
    }

    private static Activity Plain(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormats.Plain };
}
