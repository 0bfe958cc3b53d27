using System.Text.Json;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Cards;
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
    private const string Toggle = "toggle";
    private const string TogglePrefix = "share.";
    private const string ActionValue = "action";
    private const string ShareConfirmation = DialogIds.Review + ".share";

    public ReviewDialog(PreparationContent content, AnswersOverview overview, TimeProvider clock)
        : base(DialogIds.Review, Steps(content, overview, clock))
    {
    }

    private static WaterfallStep[] Steps(PreparationContent content, AnswersOverview overview, TimeProvider clock) =>
    [
        async (step, ct) =>
        {
            var language = step.DialogContext.Language();
            var journey = step.DialogContext.Journey();
            await step.Context.SendActivityAsync(content.Texts.Get("journey.review.intro", language) + "\n\n" + overview.Describe(journey, language), ct);
            return await step.PromptAsync(DialogIds.ChoicePrompt, ActionPrompt(content, journey, language, step.Context.Activity.ChannelId), ct);
        },
        async (step, ct) =>
        {
            var language = step.DialogContext.Language();
            var journey = step.DialogContext.Journey();
            ApplyToggles(step.Context.Activity, journey, content);
            var action = step.Result.As<List<string>>()?.FirstOrDefault() ?? Share;
            step.Values[ActionValue] = action;
            var texts = content.Texts;
            switch (action)
            {
                case Change:
                    var answered = JourneySteps.For(journey, content).Where(s => journey.VisitedSteps.Contains(s.Key)).ToList();
                    return await step.PromptAsync(DialogIds.ChoicePrompt, List(texts.Get("journey.review.whichAnswer", language), answered.Select(s => (s.Key, StepLabel(s, content, journey, language))), language, texts), ct);
                case Toggle:
                    var parts = content.SharingParts(journey.Parts);
                    return await step.PromptAsync(DialogIds.ChoicePrompt, List(texts.Get("journey.review.whichPart", language), parts.Select(p => (p.Id, p.Title.In(language))), language, texts), ct);
                default:
                    var shared = content.SharingParts(journey.Parts).Where(p => journey.Answers.IsShared(p.Id)).Select(p => p.Title.In(language)).ToList();
                    var notShared = content.SharingParts(journey.Parts).Where(p => !journey.Answers.IsShared(p.Id)).Select(p => p.Title.In(language)).ToList();
                    var question = texts.Format("journey.review.confirm", language, new Dictionary<string, string>
                    {
                        ["shared"] = shared.Count == 0 ? texts.Get("journey.review.nothing", language) : string.Join(", ", shared),
                        ["notShared"] = notShared.Count == 0 ? texts.Get("journey.review.nothing", language) : string.Join(", ", notShared),
                    });
                    return await step.PromptAsync(DialogIds.ConfirmPrompt, YesNo(ShareConfirmation, question, language, texts, step.Context.Activity.ChannelId), ct);
            }
        },
        async (step, ct) =>
        {
            var language = step.DialogContext.Language();
            var journey = step.DialogContext.Journey();
            switch (step.Values[ActionValue]?.GetValue<string>())
            {
                case Change when step.Result.As<List<string>>()?.FirstOrDefault() is { } stepKey:
                    PreparationDialog.Revisit(journey, stepKey);
                    return await step.BeginDialogAsync(DialogIds.Preparation, null, ct);
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
        (step, ct) => step.ReplaceDialogAsync(DialogIds.Review, null, ct),
    ];

    private static void ApplyToggles(Activity activity, ClientJourney journey, PreparationContent content)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (property.Name.StartsWith(TogglePrefix, StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.String &&
                content.IsSharingPart(property.Name[TogglePrefix.Length..]))
            {
                journey.Answers.SetShared(content, property.Name[TogglePrefix.Length..], property.Value.GetString() == "true");
            }
        }
    }

    private static PromptOptions ActionPrompt(PreparationContent content, ClientJourney journey, Language language, string? channelId)
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
            var toggles = content.SharingParts(journey.Parts).Select(part => (JsonNode?)AdaptiveCard.Toggle(
                TogglePrefix + part.Id,
                texts.Format("journey.review.shareToggle", language, new Dictionary<string, string> { ["part"] = part.Title.In(language) }),
                journey.Answers.IsShared(part.Id)));
            prompt = AdaptiveCard.Message(AdaptiveCard.Card(toggles,
            [
                AdaptiveCard.Submit(share, new JsonObject { ["answer"] = Share }),
                AdaptiveCard.Submit(change, new JsonObject { ["answer"] = Change }, withInputs: false),
            ]));
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
            ? AdaptiveCard.Message(AdaptiveCard.Card([AdaptiveCard.TextBlock(question)],
                [AdaptiveCard.Submit(yes, new JsonObject { ["answer"] = "true" }), AdaptiveCard.Submit(no, new JsonObject { ["answer"] = "false" })]))
            : new Activity { Type = ActivityTypes.Message, Text = $"{question}\n1. {yes}\n2. {no}", TextFormat = TextFormats.Plain };
        return new PromptOptions
        {
            Id = promptId,
            Prompt = prompt,
            RetryPrompt = new Activity { Type = ActivityTypes.Message, Text = texts.Get("journey.retry.yesNo", language), TextFormat = TextFormats.Plain },
            Choices = [new Choice { Value = "true", Title = yes }, new Choice { Value = "false", Title = no }],
        };
    }

    private static string StepLabel(JourneyStep step, PreparationContent content, ClientJourney journey, Language language) => step.Kind switch
    {
        StepKind.CardQuestion => content.Cards.FindQuestion(step.QuestionId!)!.Topic.In(language),
        StepKind.Importance or StepKind.Enablement or StepKind.Realisation =>
            $"{content.Capabilities.FindValue(step.ValueId!)!.Name.In(language)} ({step.Key[0]})",
        StepKind.Circle => content.Capabilities.Circles.Intro.In(language).Split('.')[0] + ": " + (content.Capabilities.NameOf(step.ValueId!, journey.Answers.ExtraValue, language) ?? step.ValueId),
        StepKind.OwnAgenda => content.Cards.OwnAgenda.Topic.In(language),
        _ => content.Capabilities.ExtraValue.Question.In(language),
    };
}
