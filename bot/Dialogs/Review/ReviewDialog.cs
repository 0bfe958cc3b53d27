using System.Text.Json;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Cards.Review;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;
using ReIntegratie.Bot.Dialogs.Preparation;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Review;

/// <summary>
/// Shows all answers, lets the client switch sharing per part and change any answer, and shares after
/// a confirmation. The share itself runs once the turn is stored (see ConversationEffect).
/// </summary>
public sealed class ReviewDialog : WaterfallDialog
{
    private const string Share = "share";
    private const string Change = "change";
    private const string Changed = "changed";
    private const string Toggle = "toggle";
    private const string ActionValue = "action";
    private const string KnownStepsValue = "known";
    private const string TargetValue = "target";
    private const string ShowOption = "show";
    private const string ShareConfirmation = DialogIds.Review + ".share";

    public ReviewDialog(PreparationContent content, AnswersOverview overview, ReviewCards cards, TimeProvider clock)
        : base(DialogIds.Review, Steps(content, overview, cards, clock))
    {
    }

    private static WaterfallStep[] Steps(PreparationContent content, AnswersOverview overview, ReviewCards cards, TimeProvider clock) =>
    [
        async (step, ct) =>
        {
            // The whole review, or after a change only the parts it touched (options "show").
            var language = step.DialogContext.Language();
            var journey = step.DialogContext.Journey();
            var parts = overview.Parts(journey, language);
            var only = (step.Options as JsonObject)?[ShowOption] is JsonArray show ? show.Select(id => id?.GetValue<string>()).ToHashSet() : null;
            var shown = only is null ? parts : parts.Where(part => only.Contains(part.Id)).ToList();
            var texts = content.Texts;
            var opening = texts.Get(only is null ? "journey.review.intro" : "review.changed", language);
            if (ChannelCapabilities.SupportsAdaptiveCards(step.Context.Activity.ChannelId))
            {
                await step.Context.SendActivityAsync(opening, ct);
                foreach (var part in shown)
                {
                    // Its "Wijzig" buttons answer this review's prompt (see CardSubmits).
                    var message = AdaptiveCard.Message(cards.Part(part, language), part.Title);
                    CardSubmits.Stamp(message, DialogIds.Review, null);
                    await step.Context.SendActivityAsync(message, ct);
                }
            }
            else
            {
                await step.Context.SendActivityAsync(opening + "\n\n" + overview.Describe(shown, language), ct);
            }

            return await step.PromptAsync(DialogIds.ChoicePrompt, ActionPrompt(content, cards, parts, journey, language, step.Context.Activity.ChannelId), ct);
        },
        async (step, ct) =>
        {
            var language = step.DialogContext.Language();
            var journey = step.DialogContext.Journey();
            ApplyToggles(step.Context.Activity, journey, content);
            var action = step.Result.As<List<string>>()?.FirstOrDefault() ?? Share;
            step.Values[ActionValue] = action;
            var texts = content.Texts;
            if (action.StartsWith(ReviewCards.ChangePrefix, StringComparison.Ordinal))
            {
                return await ChangeAsync(step, content, action[ReviewCards.ChangePrefix.Length..], ct);
            }

            switch (action)
            {
                case Change:
                    var targets = ChangeTargets(overview.Parts(journey, language));
                    var question = texts.Get("journey.review.whichAnswer", language) + " " + texts.Get("review.typedChange", language);
                    return await step.PromptAsync(DialogIds.ChoicePrompt, List(question, targets.Select(t => (t.Target, t.Label)), language, texts), ct);
                case Toggle:
                    var parts = content.SharingParts(journey.Parts);
                    return await step.PromptAsync(DialogIds.ChoicePrompt, List(texts.Get("journey.review.whichPart", language), parts.Select(p => (p.Id, p.Title.In(language))), language, texts), ct);
                default:
                    var shared = content.SharingParts(journey.Parts).Where(p => journey.Answers.IsShared(p.Id)).Select(p => p.Title.In(language)).ToList();
                    var notShared = content.SharingParts(journey.Parts).Where(p => !journey.Answers.IsShared(p.Id)).Select(p => p.Title.In(language)).ToList();
                    var confirm = texts.Format("journey.review.confirm", language, new Dictionary<string, string>
                    {
                        ["shared"] = shared.Count == 0 ? texts.Get("journey.review.nothing", language) : string.Join(", ", shared),
                        ["notShared"] = notShared.Count == 0 ? texts.Get("journey.review.nothing", language) : string.Join(", ", notShared),
                    });
                    return await step.PromptAsync(DialogIds.ConfirmPrompt, YesNo(ShareConfirmation, confirm, language, texts, step.Context.Activity.ChannelId), ct);
            }
        },
        async (step, ct) =>
        {
            var language = step.DialogContext.Language();
            var journey = step.DialogContext.Journey();
            switch (step.Values[ActionValue]?.GetValue<string>())
            {
                case Changed:
                    return await step.ReplaceDialogAsync(DialogIds.Review, ShowChanged(step, journey, content), ct);
                case Change when step.Result.As<List<string>>()?.FirstOrDefault() is { } target:
                    return await ChangeAsync(step, content, target, ct);
                case Toggle when step.Result.As<List<string>>()?.FirstOrDefault() is { } partId:
                    journey.Answers.SetShared(content, partId, !journey.Answers.IsShared(partId));
                    return await step.ReplaceDialogAsync(DialogIds.Review, null, ct);
                case Share when step.Result.As<bool>():
                    // Made once this turn is stored; the share checks there that this conversation may still act.
                    journey.SharedAt = clock.GetUtcNow();
                    if (journey.AppointmentId is { } appointmentId)
                    {
                        step.DialogContext.AddEffect(ConversationEffectKind.SharePreparation, appointmentId);
                    }

                    await step.Context.SendActivityAsync(content.Texts.Get("journey.review.shared", language), ct);
                    return await step.EndDialogAsync(JsonValue.Create(true), ct);
                default:
                    await step.Context.SendActivityAsync(content.Texts.Get("journey.review.notShared", language), ct);
                    return await step.ReplaceDialogAsync(DialogIds.Review, null, ct);
            }
        },
        (step, ct) => step.ReplaceDialogAsync(DialogIds.Review, step.Values[ActionValue]?.GetValue<string>() == Changed ? ShowChanged(step, step.DialogContext.Journey(), content) : null, ct),
    ];

    /// <summary>
    /// Opens the answer's question again (a work value: its three questions; the own value: from "is
    /// there another"), remembering which steps existed, so the review afterwards shows only the parts
    /// the change touched, including questions a changed answer newly opened.
    /// </summary>
    private static async Task<DialogTurnResult> ChangeAsync(WaterfallStepContext step, PreparationContent content, string target, CancellationToken cancellationToken)
    {
        var journey = step.DialogContext.Journey();
        var steps = JourneySteps.For(journey, content);
        var revisit = ReviewTargets.StepsOf(target).Where(key => steps.Any(s => s.Key == key) && journey.VisitedSteps.Contains(key)).ToList();
        if (revisit.Count == 0)
        {
            return await step.ReplaceDialogAsync(DialogIds.Review, null, cancellationToken);
        }

        step.Values[ActionValue] = Changed;
        step.Values[TargetValue] = revisit[0];
        step.Values[KnownStepsValue] = new JsonArray(steps.Select(s => (JsonNode?)JsonValue.Create(s.Key)).ToArray());
        foreach (var key in Enumerable.Reverse(revisit))
        {
            PreparationDialog.Revisit(journey, key);
        }

        return await step.BeginDialogAsync(DialogIds.Preparation, null, cancellationToken);
    }

    private static JsonObject ShowChanged(WaterfallStepContext step, ClientJourney journey, PreparationContent content)
    {
        var known = (step.Values[KnownStepsValue] as JsonArray ?? []).Select(key => key?.GetValue<string>()).ToHashSet();
        var target = step.Values[TargetValue]?.GetValue<string>();
        var parts = JourneySteps.For(journey, content)
            .Where(s => s.Key == target || !known.Contains(s.Key))
            .Select(s => ReviewTargets.PartOf(s, content))
            .Distinct()
            .Select(id => (JsonNode?)JsonValue.Create(id));
        return new JsonObject { [ShowOption] = new JsonArray(parts.ToArray()) };
    }

    private static void ApplyToggles(Activity activity, ClientJourney journey, PreparationContent content)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (property.Name.StartsWith(ReviewCards.TogglePrefix, StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.String &&
                content.IsSharingPart(property.Name[ReviewCards.TogglePrefix.Length..]))
            {
                journey.Answers.SetShared(content, property.Name[ReviewCards.TogglePrefix.Length..], property.Value.GetString() == "true");
            }
        }
    }

    /// <summary>Every answer that can be changed, in review order, once each (a work value is one target for its three questions).</summary>
    private static List<(string Target, string Label)> ChangeTargets(IEnumerable<ReviewPart> parts) =>
        parts.SelectMany(part => part.Items)
            .Where(item => item.ChangeTarget is not null)
            .Select(item => (item.ChangeTarget!, item.Label))
            .ToList();

    /// <summary>
    /// Cards: the share switches and the share button (each answer's "Wijzig" is on its part's card,
    /// and answers through the same choices). Text: numbered share / change / switch sharing.
    /// </summary>
    private static PromptOptions ActionPrompt(PreparationContent content, ReviewCards cards, IReadOnlyList<ReviewPart> parts, ClientJourney journey, Language language, string? channelId)
    {
        var texts = content.Texts;
        var share = texts.Get("journey.review.share", language);
        var change = texts.Get("journey.review.change", language);
        var toggle = texts.Get("journey.review.toggle", language);
        var choices = new List<Choice>
        {
            new() { Value = Share, Title = share },
            new() { Value = Change, Title = change },
            new() { Value = Toggle, Title = toggle },
        };
        Activity prompt;
        if (ChannelCapabilities.SupportsAdaptiveCards(channelId))
        {
            choices.AddRange(ChangeTargets(parts).Select(t => new Choice { Value = ReviewCards.ChangePrefix + t.Target, Title = ReviewCards.ChangePrefix + t.Target }));
            var sharing = content.SharingParts(journey.Parts)
                .Select(part => parts.FirstOrDefault(p => p.Id == part.Id) ?? new ReviewPart(part.Id, part.Title.In(language), journey.Answers.IsShared(part.Id), []));
            var intro = texts.Get("review.sharing", language);
            var introInCard = ChannelCapabilities.UpdatesSentMessages(channelId) ? intro : null;
            prompt = AdaptiveCard.Question(cards.Sharing(sharing, introInCard, share, new JsonObject { ["answer"] = Share }, language), intro, channelId);
        }
        else
        {
            prompt = new Activity { Type = ActivityTypes.Message, Text = $"1. {share}\n2. {change}\n3. {toggle}" };
        }

        return new PromptOptions { Id = DialogIds.Review, Prompt = prompt, Choices = choices, RetryPrompt = new Activity { Type = ActivityTypes.Message, Text = texts.Get("journey.retry.choice", language) } };
    }

    private static PromptOptions List(string question, IEnumerable<(string Value, string Title)> items, Language language, TextCatalog texts)
    {
        var choices = items.Select(item => new Choice { Value = item.Value, Title = item.Title }).ToList();
        var lines = string.Join("\n", choices.Select((c, i) => $"{i + 1}. {c.Title}"));
        return new PromptOptions
        {
            Prompt = new Activity { Type = ActivityTypes.Message, Text = $"{question}\n\n{lines}", TextFormat = TextFormats.Plain },
            RetryPrompt = new Activity { Type = ActivityTypes.Message, Text = texts.Get("journey.retry.choice", language), TextFormat = TextFormats.Plain },
            Choices = choices,
        };
    }

    public static PromptOptions YesNo(string promptId, string question, Language language, TextCatalog texts, string? channelId)
    {
        var yes = texts.Get("journey.button.yes", language);
        var no = texts.Get("journey.button.no", language);
        var prompt = ChannelCapabilities.SupportsAdaptiveCards(channelId)
            ? AdaptiveCard.Question(AdaptiveCard.Card([AdaptiveCard.TextBlock(question)],
                [AdaptiveCard.Submit(yes, new JsonObject { ["answer"] = "true" }), AdaptiveCard.Submit(no, new JsonObject { ["answer"] = "false" })]), question, channelId)
            : new Activity { Type = ActivityTypes.Message, Text = $"{question}\n1. {yes}\n2. {no}", TextFormat = TextFormats.Plain };
        return new PromptOptions
        {
            Id = promptId,
            Prompt = prompt,
            RetryPrompt = new Activity { Type = ActivityTypes.Message, Text = texts.Get("journey.retry.yesNo", language), TextFormat = TextFormats.Plain },
            Choices = [new Choice { Value = "true", Title = yes }, new Choice { Value = "false", Title = no }],
        };
    }
}
