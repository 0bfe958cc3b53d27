using System.Globalization;
using System.Text;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Cards.Review;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Preparation;
using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Dialogs.Review;

/// <summary>
/// The client's answers as readable text, card by card, in their language: for the review and for
/// "wat heb ik ingevuld?". The client's own words are escaped so they show as typed.
/// </summary>
public sealed class AnswersOverview(PreparationContent content)
{
    private TextCatalog Texts => content.Texts;

    public string Describe(ClientJourney journey, Language language) => Describe(Parts(journey, language), language);

    /// <summary>The parts as text: a bold title per part, one line per answer.</summary>
    public string Describe(IEnumerable<ReviewPart> parts, Language language)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append('\n').Append("**").Append(part.Title).Append("**");
            if (!part.Shared)
            {
                text.Append(' ').Append(Texts.Get("journey.answers.notShared", language));
            }

            text.Append('\n');
            foreach (var item in part.Items)
            {
                text.Append("- ").Append(item.Label).Append(": ").Append(item.Answer).Append('\n');
            }
        }

        return text.Length == 0 ? Texts.Get("journey.answers.none", language) : text.ToString().TrimEnd();
    }

    /// <summary>
    /// The parts that hold answers, in the journey's order, each answer with the step that changes it:
    /// a card question, a work value (its three questions), the own value, a circle, the own agenda.
    /// </summary>
    public IReadOnlyList<ReviewPart> Parts(ClientJourney journey, Language language)
    {
        var answers = journey.Answers;
        var parts = new List<ReviewPart>();
        if (journey.Parts.HasFlag(PreparationParts.CardSet))
        {
            foreach (var card in content.Cards.Cards)
            {
                var items = answers.AskedQuestions(card, content)
                    .Where(q => answers.AnswerTo(q.Id) is not null)
                    .Select(question => new ReviewItem(question.Topic.In(language), Describe(question, answers.AnswerTo(question.Id)!, language), "q:" + question.Id))
                    .ToList();
                Add(parts, card.Id, card.Title.In(language), answers, items);
            }
        }

        if (journey.Parts.HasFlag(PreparationParts.CapabilityList) && (answers.Capabilities.Count > 0 || answers.ExtraValue is not null))
        {
            var list = content.Capabilities;
            var items = new List<ReviewItem>();
            foreach (var value in list.Values)
            {
                if (answers.Capabilities.GetValueOrDefault(value.Id) is { } rating)
                {
                    items.Add(new ReviewItem(value.PlainName.In(language), Ratings(rating.Importance, rating.Enablement, rating.EnablementNotApplicable, rating.Realisation, language), "a:" + value.Id));
                }
            }

            if (answers.ExtraValue is { } extra)
            {
                items.Add(new ReviewItem(CardText.Escape(extra.Name), Ratings(null, extra.Enablement, extra.EnablementNotApplicable, extra.Realisation, language), JourneySteps.ExtraAsk));
            }

            var order = list.Values.Select(v => v.Id).Append(list.ExtraValue.Id).ToList();
            foreach (var valueId in order.Where(id => answers.Circles.CircleOf(id) is not null))
            {
                var name = list.ClientNameOf(valueId, answers.ExtraValue, language) ?? valueId;
                items.Add(new ReviewItem(
                    Texts.Format("review.circleOf", language, new Dictionary<string, string> { ["value"] = name }),
                    list.Circles.For(answers.Circles.CircleOf(valueId)!.Value).Title.In(language),
                    "circle:" + valueId));
            }

            Add(parts, list.Id, list.Title.In(language), answers, items);
        }

        if (answers.OwnAgenda is { } agenda)
        {
            var question = content.Cards.OwnAgenda;
            Add(parts, question.Id, question.Topic.In(language), answers, [new ReviewItem(question.Topic.In(language), CardText.Escape(agenda), JourneySteps.OwnAgenda)]);
        }

        return parts;
    }

    /// <summary>How many answers are stored (for "mijn gegevens").</summary>
    public static int Count(PreparationAnswers answers) =>
        answers.Questions.Count + answers.Capabilities.Count + (answers.ExtraValue is null ? 0 : 1) + answers.Circles.Placements.Count + (answers.OwnAgenda is null ? 0 : 1);

    private static void Add(List<ReviewPart> parts, string id, string title, PreparationAnswers answers, List<ReviewItem> items)
    {
        if (items.Count > 0)
        {
            parts.Add(new ReviewPart(id, title, answers.IsShared(id), items));
        }
    }

    private string Describe(Question question, QuestionAnswer answer, Language language)
    {
        switch (answer.Kind)
        {
            case AnswerKind.Skipped:
                return Texts.Get("journey.answers.skipped", language);
            case AnswerKind.RatherTellInConversation:
                return Texts.Get("journey.answers.ratherTell", language);
        }

        var parts = new List<string>();
        parts.AddRange(answer.OptionIds.Select(id => question.FindOption(id)?.Label.In(language) ?? id));
        if (answer.Scale is int point)
        {
            parts.Add(question.ScaleLabel(point) is { } label ? $"{point} ({label.In(language)})" : point.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(answer.Text))
        {
            parts.Add(CardText.Escape(answer.Text));
        }

        return string.Join("; ", parts);
    }

    private string Ratings(int? a, int? b, bool bNotApplicable, int? c, Language language) =>
        Texts.Format("review.valueRatings", language, new Dictionary<string, string>
        {
            ["a"] = Point(a),
            ["b"] = bNotApplicable ? Texts.Get("journey.answers.notApplicable", language) : Point(b),
            ["c"] = Point(c),
        });

    private static string Point(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";
}
