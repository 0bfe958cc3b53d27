using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;
using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>
/// Turns a journey step into what the client sees: an Adaptive Card (labelled input, Next / Skip /
/// Back buttons) where the channel renders cards, numbered text elsewhere; plus the retry and help texts.
/// </summary>
public sealed class StepPrompts(PreparationContent content)
{
    private TextCatalog Texts => content.Texts;

    public (string PromptId, PromptOptions Options) Build(JourneyStep step, ClientJourney journey, Language language, string? channelId)
    {
        var view = Describe(step, journey, language);
        var cards = ChannelCapabilities.SupportsAdaptiveCards(channelId);
        var prompt = cards ? CardPrompt(view, EarlierAnswer.For(step, journey, content), language, channelId) : TextPrompt(view, language);
        var retry = new Activity { Type = ActivityTypes.Message, Text = view.RetryText + (cards ? "" : "\n\n" + NumberedChoices(view)), TextFormat = TextFormats.Plain };
        var options = new PromptOptions
        {
            Id = step.Key,
            Prompt = prompt,
            RetryPrompt = retry,
            HelpOffer = new Activity { Type = ActivityTypes.Message, Text = Texts.Get("journey.helpOffer", language), TextFormat = TextFormats.Plain },
            Choices = view.Choices.Select(c => new Choice { Value = c.Value, Title = c.Title, Synonyms = c.Synonyms }).ToList(),
            AllowMultiple = view.MultiSelect,
            AllowNotApplicable = view.AllowNotApplicable,
            MaxLength = view.MaxLength,
            Subject = step.QuestionId,
        };
        return (view.PromptId, options);
    }

    private StepView Describe(JourneyStep step, ClientJourney journey, Language language)
    {
        var answers = journey.Answers;
        var situation = answers.WorkSituation(content);
        switch (step.Kind)
        {
            case StepKind.CardQuestion:
            {
                var card = content.Cards.FindCard(step.CardId!)!;
                var question = content.Cards.FindQuestion(step.QuestionId!)!;
                var first = answers.AskedQuestions(card, content).FirstOrDefault()?.Id == question.Id;
                var header = Texts.Format("journey.card.header", language, new Dictionary<string, string>
                {
                    ["number"] = card.Number.ToString(CultureInfo.InvariantCulture),
                    ["total"] = content.Cards.Cards.Count.ToString(CultureInfo.InvariantCulture),
                    ["title"] = card.Title.In(language),
                });
                var view = new StepView(DialogIds.CardQuestionPrompt, header, first ? card.Why.In(language) : null, question.Text.In(language), question.Hint?.In(language))
                {
                    RatherTell = content.Cards.RatherTell.Label.In(language),
                    MaxLength = question.MaxLength ?? 0,
                };
                return question.Kind switch
                {
                    QuestionKind.FreeText => view with { IsText = true, RetryText = Limit("journey.retry.text", language, question.MaxLength ?? 0) },
                    QuestionKind.Scale => view with { Choices = ScaleChoices(question.ScaleLabels, language), RetryText = Texts.Get("journey.retry.scale", language) },
                    _ => view with
                    {
                        Choices = question.Options.Select(o => new StepChoice(o.Id, o.Label.In(language), [.. o.Synonyms.All])).ToList(),
                        MultiSelect = question.Kind == QuestionKind.MultiChoice,
                        OwnWords = question.AllowsFreeText,
                        RetryText = Texts.Get("journey.retry.choice", language),
                    },
                };
            }

            case StepKind.Importance or StepKind.Enablement or StepKind.Realisation:
            {
                var value = content.Capabilities.FindValue(step.ValueId!)!;
                var question = step.Kind switch
                {
                    StepKind.Importance => content.Capabilities.Importance,
                    StepKind.Enablement => content.Capabilities.Enablement,
                    _ => content.Capabilities.Realisation,
                };
                var header = Texts.Format("journey.values.header", language, new Dictionary<string, string>
                {
                    ["number"] = value.Number.ToString(CultureInfo.InvariantCulture),
                    ["total"] = content.Capabilities.Values.Count.ToString(CultureInfo.InvariantCulture),
                    ["name"] = value.PlainName.In(language),
                });
                var intro = step.Kind == StepKind.Importance
                    ? (value.Number == 1 ? content.Capabilities.Intro.In(language) + "\n\n" : "") + value.Description.In(language)
                    : null;
                return ScaleView(header, intro, question.Ask(value.Phrase.In(language), situation, language), question, step.Kind == StepKind.Enablement, situation, language);
            }

            case StepKind.ExtraValueAsk:
                return new StepView(DialogIds.ConfirmPrompt, content.Capabilities.Title.In(language), null, content.Capabilities.ExtraValue.Question.In(language), null)
                {
                    Choices = [new StepChoice("true", Texts.Get("journey.button.yes", language), []), new StepChoice("false", Texts.Get("journey.button.no", language), [])],
                    RetryText = Texts.Get("journey.retry.yesNo", language),
                };

            case StepKind.ExtraValueName:
                return new StepView(DialogIds.TextPrompt, content.Capabilities.Title.In(language), null, content.Capabilities.ExtraValue.NameQuestion.In(language), null)
                {
                    IsText = true,
                    MaxLength = content.Capabilities.ExtraValue.NameMaxLength,
                    RetryText = Limit("journey.retry.text", language, content.Capabilities.ExtraValue.NameMaxLength),
                };

            case StepKind.ExtraValueEnablement or StepKind.ExtraValueRealisation:
            {
                var name = answers.ExtraValue?.Name ?? "";
                var question = step.Kind == StepKind.ExtraValueEnablement ? content.Capabilities.Enablement : content.Capabilities.Realisation;
                var header = Texts.Format("journey.extraValue.header", language, new Dictionary<string, string> { ["name"] = CardText.Escape(name) });
                return ScaleView(header, null, question.Ask(content.Capabilities.ExtraValue.PhraseFor(name, language), situation, language), question, step.Kind == StepKind.ExtraValueEnablement, situation, language);
            }

            case StepKind.Circle:
            {
                var circles = content.Capabilities.Circles;
                var valueName = content.Capabilities.ClientNameOf(step.ValueId!, answers.ExtraValue, language) ?? step.ValueId!;
                var first = answers.ValuesToOffer(content).FirstOrDefault() == step.ValueId;
                var question = Texts.Format("journey.circles.question", language, new Dictionary<string, string> { ["value"] = valueName });
                return new StepView(DialogIds.ChoicePrompt, Texts.Get("journey.circles.header", language), first ? circles.Intro.In(language) : null, question, null)
                {
                    Choices = Enum.GetValues<Circle>().Select(c => new StepChoice(c.ToString(), circles.For(c).Title.In(language), [circles.For(c).Title.Nl, circles.For(c).Title.En])).ToList(),
                    RetryText = Texts.Get("journey.retry.choice", language),
                };
            }

            default:
            {
                var agenda = content.Cards.OwnAgenda;
                return new StepView(DialogIds.TextPrompt, agenda.Topic.In(language), null, agenda.Text.In(language), agenda.Hint?.In(language))
                {
                    IsText = true,
                    MaxLength = agenda.MaxLength ?? 0,
                    RetryText = Limit("journey.retry.text", language, agenda.MaxLength ?? 0),
                };
            }
        }
    }

    private StepView ScaleView(string header, string? intro, string questionText, CapabilityQuestion question, bool isEnablement, WorkSituation situation, Language language)
    {
        var notApplicable = isEnablement && CapabilityList.IsNotApplicableAllowed(situation);
        var choices = ScaleChoices(question.ScaleLabels, language);
        if (notApplicable)
        {
            var label = content.Capabilities.NotApplicable;
            choices.Add(new StepChoice(ScalePrompt.NotApplicableValue, label.Label.In(language), [.. label.Synonyms.All]));
        }

        return new StepView(DialogIds.ScalePrompt, header, intro, questionText, question.HintFor(situation)?.In(language))
        {
            Choices = choices,
            AllowNotApplicable = notApplicable,
            RetryText = Texts.Get(notApplicable ? "journey.retry.scaleOrNotApplicable" : "journey.retry.scale", language),
        };
    }

    private static List<StepChoice> ScaleChoices(IReadOnlyList<LocalizedText> labels, Language language) =>
        Enumerable.Range(RatingScale.Min, RatingScale.Max)
            .Select(point =>
            {
                var label = labels.Count >= point ? labels[point - 1] : null;
                var number = point.ToString(CultureInfo.InvariantCulture);
                return new StepChoice(number, label is null ? number : $"{number} · {label.In(language)}", label is null ? [] : [label.Nl, label.En]);
            })
            .ToList();

    private string Limit(string key, Language language, int max) =>
        Texts.Format(key, language, new Dictionary<string, string> { ["max"] = max.ToString(CultureInfo.InvariantCulture) });

    private Activity CardPrompt(StepView view, (string? Answer, string? OwnWords) earlier, Language language, string? channelId)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCard.TextBlock(view.Header, bold: true),
            view.Intro is null ? null : AdaptiveCard.TextBlock(view.Intro, subtle: true),
            view.Hint is null ? null : AdaptiveCard.TextBlock(view.Hint, subtle: true),
        };
        if (view.IsText)
        {
            body.Add(AdaptiveCard.TextInput("answer", view.Question, view.MaxLength, value: earlier.Answer));
        }
        else
        {
            body.Add(AdaptiveCard.ChoiceSet("answer", view.Question, view.Choices.Select(c => (c.Value, c.Title)), view.MultiSelect, earlier.Answer));
        }

        if (view.OwnWords)
        {
            body.Add(AdaptiveCard.TextInput("text", Texts.Get("journey.input.ownWords", language), view.MaxLength, value: earlier.OwnWords));
        }

        var actions = new List<JsonNode?>
        {
            AdaptiveCard.Submit(Texts.Get("journey.button.next", language), Data("answer")),
            AdaptiveCard.Submit(Texts.Get("journey.button.skip", language), Data("skip"), withInputs: false),
            AdaptiveCard.Submit(Texts.Get("journey.button.back", language), Data("back"), withInputs: false),
        };
        if (view.RatherTell is not null)
        {
            actions.Add(AdaptiveCard.Submit(view.RatherTell, Data("ratherTell"), withInputs: false));
        }

        return AdaptiveCard.Question(AdaptiveCard.Card(body, actions), view.Question, channelId);
    }

    private static JsonObject Data(string action) => new() { ["action"] = action };

    private Activity TextPrompt(StepView view, Language language)
    {
        var text = new StringBuilder().Append("**").Append(view.Header).Append("**\n\n");
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

    private sealed record StepChoice(string Value, string Title, List<string> Synonyms);

    private sealed record StepView(string PromptId, string Header, string? Intro, string Question, string? Hint)
    {
        public List<StepChoice> Choices { get; init; } = [];
        public bool MultiSelect { get; init; }
        public bool IsText { get; init; }
        public bool OwnWords { get; init; }
        public bool AllowNotApplicable { get; init; }
        public int MaxLength { get; init; }
        public string? RatherTell { get; init; }
        public string RetryText { get; init; } = "";
    }
}
