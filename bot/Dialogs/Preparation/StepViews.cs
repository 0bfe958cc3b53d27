using System.Globalization;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;
using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>What each kind of journey step shows: its header, intro, question, hint, choices and retry text, from the content.</summary>
public sealed class StepViews(PreparationContent content)
{
    private TextCatalog Texts => content.Texts;

    /// <param name="onPage">The step is shown on a card of several steps (a work value's card names the value once, above its questions).</param>
    public StepView Describe(JourneyStep step, ClientJourney journey, Language language, bool onPage = false)
    {
        var (answer, ownWords) = EarlierAnswer.For(step, journey, content);
        return Shape(step, journey, language, onPage) with { Value = answer, OwnWordsValue = ownWords };
    }

    private StepView Shape(JourneyStep step, ClientJourney journey, Language language, bool onPage)
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
                var view = new StepView(DialogIds.CardQuestionPrompt, card.Title.In(language), first ? card.Why.In(language) : null, question.Text.In(language), question.Hint?.In(language))
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
                var intro = step.Kind == StepKind.Importance
                    ? (value.Number == 1 ? content.Capabilities.Intro.In(language) + "\n\n" : "") + value.Description.In(language)
                    : null;
                var asked = onPage ? question.AskUnderName(value.Phrase.In(language), situation, language) : question.Ask(value.Phrase.In(language), situation, language);
                return ScaleView(value.PlainName.In(language), intro, asked, question, step.Kind == StepKind.Enablement, situation, language);
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
                    IsShortText = true,
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
                // On the card with all circles the intro asks the question once; each value is then named alone.
                var question = onPage ? valueName : Texts.Format("journey.circles.question", language, new Dictionary<string, string> { ["value"] = valueName });
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

    /// <summary>The intro shown above a page's questions: the first step's, or the circles' intro on a page of circles.</summary>
    public string? IntroOf(JourneyPage page, ClientJourney journey, Language language) =>
        page.First.Kind == StepKind.Circle && page.IsGroup
            ? content.Capabilities.Circles.Intro.In(language)
            : Describe(page.First, journey, language).Intro;

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
}
