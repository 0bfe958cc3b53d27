using System.Text.Json;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>
/// Recognises the answer to a card question (<see cref="PromptOptions.Subject"/> is its id): the card's
/// inputs (answer, own words) or typed text, matched by the question's own options and synonyms.
/// Whether the answer is allowed is checked afterwards by the domain (PreparationAnswers.Answer).
/// </summary>
public sealed class CardQuestionPrompt(PreparationContent content) : Prompt<QuestionAnswer>(DialogIds.CardQuestionPrompt)
{
    protected override PromptRecognizerResult<QuestionAnswer> Recognize(Activity activity, PromptOptions options)
    {
        if (content.Cards.FindQuestion(options.Subject ?? "") is not { } question)
        {
            return PromptRecognizerResult<QuestionAnswer>.Failed;
        }

        var submitted = activity.Value is { ValueKind: JsonValueKind.Object } value;
        var answer = (SubmittedAnswer(activity) ?? (submitted ? null : activity.Text))?.Trim();
        var ownWords = submitted && activity.Value!.Value.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()?.Trim()
            : null;
        ownWords = string.IsNullOrEmpty(ownWords) ? null : ownWords;

        var result = question.Kind switch
        {
            QuestionKind.FreeText => string.IsNullOrEmpty(answer) ? null : QuestionAnswer.FreeText(answer),
            QuestionKind.Scale => int.TryParse(answer, out var point) ? QuestionAnswer.Rating(point) : ScaleByLabel(question, answer),
            _ => Choice(question, answer, ownWords, submitted),
        };
        return result is null ? PromptRecognizerResult<QuestionAnswer>.Failed : PromptRecognizerResult<QuestionAnswer>.Of(result);
    }

    private static QuestionAnswer? Choice(Question question, string? answer, string? ownWords, bool submitted)
    {
        if (string.IsNullOrEmpty(answer))
        {
            return ownWords is not null && question.AllowsFreeText ? QuestionAnswer.ChoiceWithText([], ownWords) : null;
        }

        if (submitted)
        {
            var ids = answer.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return ids.All(id => question.FindOption(id) is not null) ? QuestionAnswer.ChoiceWithText(ids, ownWords) : null;
        }

        var options = question.Kind == QuestionKind.MultiChoice
            ? question.RecognizeMany(answer)
            : question.Recognize(answer) is { } single ? [single] : null;
        if (options is not null)
        {
            return QuestionAnswer.ChoiceWithText(options.Select(o => o.Id), null);
        }

        // Typed words that match no option are the client's own words, where the question takes them.
        return question.AllowsFreeText ? QuestionAnswer.ChoiceWithText([], answer) : null;
    }

    private static QuestionAnswer? ScaleByLabel(Question question, string? answer)
    {
        for (var point = RatingScale.Min; point <= RatingScale.Max; point++)
        {
            if (question.ScaleLabel(point) is { } label && TextMatching.Normalize(answer) is { Length: > 0 } typed &&
                (TextMatching.Normalize(label.Nl) == typed || TextMatching.Normalize(label.En) == typed))
            {
                return QuestionAnswer.Rating(point);
            }
        }

        return null;
    }
}
