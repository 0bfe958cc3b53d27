using System.Text;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>
/// Turns a journey page into what the client sees: an Adaptive Card where the channel renders cards
/// (labelled inputs, or one button per option for a single choice with few short options; Next / Skip /
/// Back, and "later verder" where a new part begins), numbered text elsewhere; each with where the client
/// is in the whole journey and the minutes left. Also the retry and help texts.
/// </summary>
public sealed class StepPrompts(PreparationContent content, StepViews views, JourneyProgress progress)
{
    public const string PauseAction = "pause";

    private TextCatalog Texts => content.Texts;

    /// <summary>The prompt that asks a page: the step's own prompt for one step, the page prompt for a card of several.</summary>
    public (string PromptId, PromptOptions Options) Build(JourneyPage page, ClientJourney journey, Language language, string? channelId)
    {
        var cards = ChannelCapabilities.SupportsAdaptiveCards(channelId);
        var position = progress.Describe(progress.Position(journey, page, language, cards), language);
        var pauseOffered = cards && JourneyPages.StartsSection(JourneyPages.For(journey, content, cards), page);
        if (!page.IsGroup)
        {
            var view = views.Describe(page.First, journey, language);
            var (promptId, options) = Build(page.First, view, language, cards);
            options.Prompt = cards
                ? CardPrompt(view, position, pauseOffered, language, channelId)
                : TextPrompt(view, position, language);
            return (promptId, options);
        }

        var stepViews = page.Steps.Select(step => views.Describe(step, journey, language, page.IsGroup)).ToList();
        var pageOptions = new PromptOptions
        {
            Id = page.Key,
            Prompt = PageCard(page, stepViews, views.IntroOf(page, journey, language), position, pauseOffered, language, channelId),
            RetryPrompt = Plain(Texts.Get(stepViews.All(view => view.IsText) ? "journey.retry.write" : "journey.retry.pick", language)),
            HelpOffer = Plain(Texts.Get("journey.helpOffer", language)),
            Choices = page.Steps.Zip(stepViews, (step, view) => new Choice { Value = step.Key, Title = view.Question }).ToList(),
            Subject = stepViews.Any(view => view.IsText) ? PagePrompt.OpenAnswers : null,
        };
        return (DialogIds.PagePrompt, pageOptions);
    }

    /// <summary>The prompt of one step, for recognising an answer to it (also one given on a card of several steps).</summary>
    public (string PromptId, PromptOptions Options) Build(JourneyStep step, ClientJourney journey, Language language, string? channelId) =>
        Build(step, views.Describe(step, journey, language), language, ChannelCapabilities.SupportsAdaptiveCards(channelId));

    private (string PromptId, PromptOptions Options) Build(JourneyStep step, StepView view, Language language, bool cards)
    {
        var retryText = cards && view.Choices.Count > 0 && !view.IsText && view.PromptId != DialogIds.ScalePrompt
            ? Texts.Get("journey.retry.pick", language)
            : view.RetryText;
        var retry = Plain(retryText + (cards ? "" : "\n\n" + NumberedChoices(view)));
        var options = new PromptOptions
        {
            Id = step.Key,
            RetryPrompt = retry,
            HelpOffer = Plain(Texts.Get("journey.helpOffer", language)),
            Choices = view.Choices.Select(c => new Choice { Value = c.Value, Title = c.Title, Synonyms = c.Synonyms }).ToList(),
            AllowMultiple = view.MultiSelect,
            AllowNotApplicable = view.AllowNotApplicable,
            MaxLength = view.MaxLength,
            Subject = step.QuestionId,
        };
        return (view.PromptId, options);
    }

    private Activity CardPrompt(StepView view, string position, bool pauseOffered, Language language, string? channelId)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCard.TextBlock(position, subtle: true, size: "Small"),
            AdaptiveCard.TextBlock(view.Header, bold: true),
            view.Intro is null ? null : AdaptiveCard.TextBlock(view.Intro, subtle: true),
            view.Hint is null ? null : AdaptiveCard.TextBlock(view.Hint, subtle: true),
        };
        var actions = new List<JsonNode?>();

        // Buttons cannot show which one was chosen before: a question opened again shows its choices with the earlier one selected.
        if (view.IsOneTap && view.Value is null)
        {
            body.Add(AdaptiveCard.TextBlock(view.Question, bold: true));
            body.Add(AdaptiveCard.ActionSet(view.Choices.Select(choice => (JsonNode?)AdaptiveCard.Submit(choice.Title, new JsonObject { ["answer"] = choice.Value }, withInputs: false, primary: true))));
        }
        else
        {
            body.Add(view.IsText
                ? AdaptiveCard.TextInput("answer", view.Question, view.MaxLength, value: view.Value)
                : AdaptiveCard.ChoiceSet("answer", view.Question, view.Choices.Select(c => (c.Value, c.Title)), view.MultiSelect, view.Value));
            if (view.OwnWords)
            {
                body.Add(AdaptiveCard.TextInput("text", Texts.Get("journey.input.ownWords", language), view.MaxLength, value: view.OwnWordsValue));
            }

            actions.Add(AdaptiveCard.Submit(Texts.Get("journey.button.next", language), Data("answer"), primary: true));
        }

        actions.AddRange(Navigation(view.RatherTell, pauseOffered, language));
        return AdaptiveCard.Question(AdaptiveCard.Card(body, actions), view.Question, channelId);
    }

    private Activity PageCard(JourneyPage page, IReadOnlyList<StepView> stepViews, string? intro, string position, bool pauseOffered, Language language, string? channelId)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCard.TextBlock(position, subtle: true, size: "Small"),
            AdaptiveCard.TextBlock(stepViews[0].Header, bold: true),
            intro is null ? null : AdaptiveCard.TextBlock(intro, subtle: true),
        };
        foreach (var (step, view) in page.Steps.Zip(stepViews))
        {
            // Each question with its hint as helper text under the field, so a hint never reads as the next question's.
            body.Add(view.IsText
                ? AdaptiveCard.TextInput(step.Key, view.Question, view.MaxLength, value: view.Value)
                : AdaptiveCard.ChoiceSet(step.Key, view.Question, view.Choices.Select(c => (c.Value, c.Title)), value: view.Value));
            if (view.Hint is not null)
            {
                body.Add(AdaptiveCard.TextBlock(view.Hint, subtle: true));
            }
        }

        var actions = new List<JsonNode?> { AdaptiveCard.Submit(Texts.Get("journey.button.next", language), Data("answer"), primary: true) };
        var ratherTell = page.Steps.All(step => step.Kind == StepKind.CardQuestion) ? stepViews[0].RatherTell : null;
        actions.AddRange(Navigation(ratherTell, pauseOffered, language));
        return AdaptiveCard.Question(AdaptiveCard.Card(body, actions), stepViews[0].Header, channelId);
    }

    /// <summary>Skip, back, "rather tell in the conversation" where it applies, and "later verder" where a new part begins: at most four.</summary>
    private IEnumerable<JsonNode?> Navigation(string? ratherTell, bool pauseOffered, Language language)
    {
        yield return AdaptiveCard.Submit(Texts.Get("journey.button.skip", language), Data("skip"), withInputs: false);
        yield return AdaptiveCard.Submit(Texts.Get("journey.button.back", language), Data("back"), withInputs: false);
        if (ratherTell is not null)
        {
            yield return AdaptiveCard.Submit(ratherTell, Data("ratherTell"), withInputs: false);
        }

        if (pauseOffered)
        {
            yield return AdaptiveCard.Submit(Texts.Get("journey.button.later", language), Data(PauseAction), withInputs: false);
        }
    }

    private static JsonObject Data(string action) => new() { ["action"] = action };

    private Activity TextPrompt(StepView view, string position, Language language)
    {
        var text = new StringBuilder().Append("**").Append(view.Header).Append("**\n\n").Append('_').Append(position).Append("_\n\n");
        if (view.Intro is not null)
        {
            text.Append(view.Intro).Append("\n\n");
        }

        text.Append(view.Question);
        if (view.Hint is not null)
        {
            text.Append("\n\n_").Append(view.Hint).Append('_');
        }

        if (view.Choices.Count > 0)
        {
            text.Append("\n\n").Append(NumberedChoices(view));
        }

        text.Append("\n\n").Append(Texts.Get("journey.text.typeHint", language));
        return new Activity { Type = ActivityTypes.Message, Text = text.ToString(), TextFormat = TextFormats.Markdown };
    }

    private static string NumberedChoices(StepView view) =>
        string.Join("\n", view.Choices.Select((choice, index) => $"{index + 1}. {choice.Title}"));

    private static Activity Plain(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormats.Plain };
}
