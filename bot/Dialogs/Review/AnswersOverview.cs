using System.Globalization;
using System.Text;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Conversations;
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

    public string Describe(ClientJourney journey, Language language)
    {
        var answers = journey.Answers;
        var text = new StringBuilder();
        if (journey.Parts.HasFlag(PreparationParts.CardSet))
        {
            foreach (var card in content.Cards.Cards)
            {
                var answered = answers.AskedQuestions(card, content).Where(q => answers.AnswerTo(q.Id) is not null).ToList();
                if (answered.Count == 0)
                {
                    continue;
                }

                Heading(text, card.Title.In(language), card.Id, answers, language);
                foreach (var question in answered)
                {
                    text.Append("- ").Append(question.Topic.In(language)).Append(": ").Append(Describe(question, answers.AnswerTo(question.Id)!, language)).Append('\n');
                }
            }
        }

        if (journey.Parts.HasFlag(PreparationParts.CapabilityList) && (answers.Capabilities.Count > 0 || answers.ExtraValue is not null))
        {
            Heading(text, content.Capabilities.Title.In(language), content.Capabilities.Id, answers, language);
            foreach (var value in content.Capabilities.Values)
            {
                if (answers.Capabilities.GetValueOrDefault(value.Id) is { } rating)
                {
                    text.Append("- ").Append(ValueLine(value.Name.In(language), rating.Importance, rating.Enablement, rating.EnablementNotApplicable, rating.Realisation, language)).Append('\n');
                }
            }

            if (answers.ExtraValue is { } extra)
            {
                text.Append("- ").Append(ValueLine(CardText.Escape(extra.Name), null, extra.Enablement, extra.EnablementNotApplicable, extra.Realisation, language)).Append('\n');
            }

            foreach (var circle in Enum.GetValues<Circle>())
            {
                var placed = answers.Circles.In(circle, content.Capabilities.Values.Select(v => v.Id).Append(content.Capabilities.ExtraValue.Id))
                    .Select(id => content.Capabilities.NameOf(id, answers.ExtraValue, language) ?? id).ToList();
                if (placed.Count > 0)
                {
                    text.Append("- ").Append(content.Capabilities.Circles.For(circle).Title.In(language)).Append(": ").Append(string.Join(", ", placed)).Append('\n');
                }
            }
        }

        if (answers.OwnAgenda is { } agenda)
        {
            Heading(text, content.Cards.OwnAgenda.Topic.In(language), content.Cards.OwnAgenda.Id, answers, language);
            text.Append(CardText.Escape(agenda)).Append('\n');
        }

        return text.Length == 0 ? Texts.Get("journey.answers.none", language) : text.ToString().TrimEnd();
    }

    /// <summary>How many answers are stored (for "mijn gegevens").</summary>
    public static int Count(PreparationAnswers answers) =>
        answers.Questions.Count + answers.Capabilities.Count + (answers.ExtraValue is null ? 0 : 1) + answers.Circles.Placements.Count + (answers.OwnAgenda is null ? 0 : 1);

    private void Heading(StringBuilder text, string title, string partId, PreparationAnswers answers, Language language)
    {
        text.Append('\n').Append("**").Append(title).Append("**");
        if (!answers.IsShared(partId))
        {
            text.Append(' ').Append(Texts.Get("journey.answers.notShared", language));
        }

        text.Append('\n');
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

    private string ValueLine(string name, int? a, int? b, bool bNotApplicable, int? c, Language language) =>
        Texts.Format("journey.answers.valueLine", language, new Dictionary<string, string>
        {
            ["name"] = name,
            ["a"] = Point(a),
            ["b"] = bNotApplicable ? Texts.Get("journey.answers.notApplicable", language) : Point(b),
            ["c"] = Point(c),
        });

    private static string Point(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";
}
