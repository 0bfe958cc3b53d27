using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Preparation;

/// <summary>
/// Checks an answer against its question's definition: option ids exist, one option on a single
/// choice, exclusive options alone, scale in 1-5, text only where allowed and within the length.
/// Pure: a prompt validator can use it before anything is stored.
/// </summary>
public static class AnswerRules
{
    /// <summary>Trims text, drops empty text on choices, removes repeated options and orders them as the card shows them.</summary>
    public static QuestionAnswer Normalize(Question question, QuestionAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        var text = answer.Text?.Trim();
        if (question.IsChoice && string.IsNullOrEmpty(text))
        {
            text = null;
        }

        var optionIds = answer.OptionIds
            .Distinct(StringComparer.Ordinal)
            .OrderBy(PositionOnCard)
            .ToList();
        return answer with { Text = text, OptionIds = optionIds };

        int PositionOnCard(string optionId)
        {
            for (var index = 0; index < question.Options.Count; index++)
            {
                if (question.Options[index].Id == optionId)
                {
                    return index;
                }
            }

            return int.MaxValue; // unknown ids go last; Check reports them
        }
    }

    /// <summary>Whether the (normalized) answer fits the question.</summary>
    public static AnswerCheck Check(Question question, QuestionAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Kind != AnswerKind.Answered)
        {
            var isEmpty = answer.OptionIds.Count == 0 && answer.Text is null && answer.Scale is null;
            return isEmpty ? AnswerCheck.Valid : AnswerCheck.Because(AnswerProblem.DoesNotFitQuestion);
        }

        return question.Kind switch
        {
            QuestionKind.FreeText => CheckFreeText(question, answer),
            QuestionKind.Scale => CheckScale(answer),
            QuestionKind.SingleChoice or QuestionKind.MultiChoice => CheckChoice(question, answer),
            _ => AnswerCheck.Because(AnswerProblem.DoesNotFitQuestion),
        };
    }

    private static AnswerCheck CheckFreeText(Question question, QuestionAnswer answer)
    {
        if (answer.OptionIds.Count > 0 || answer.Scale is not null)
        {
            return AnswerCheck.Because(AnswerProblem.DoesNotFitQuestion);
        }

        if (string.IsNullOrWhiteSpace(answer.Text))
        {
            return AnswerCheck.Because(AnswerProblem.TextEmpty);
        }

        return CheckLength(question, answer.Text);
    }

    private static AnswerCheck CheckScale(QuestionAnswer answer)
    {
        if (answer.OptionIds.Count > 0 || answer.Text is not null)
        {
            return AnswerCheck.Because(AnswerProblem.DoesNotFitQuestion);
        }

        return answer.Scale is int value && RatingScale.IsValid(value)
            ? AnswerCheck.Valid
            : AnswerCheck.Because(AnswerProblem.ScaleOutOfRange);
    }

    private static AnswerCheck CheckChoice(Question question, QuestionAnswer answer)
    {
        if (answer.Scale is not null)
        {
            return AnswerCheck.Because(AnswerProblem.DoesNotFitQuestion);
        }

        if (answer.Text is not null)
        {
            if (!question.AllowsFreeText)
            {
                return AnswerCheck.Because(AnswerProblem.TextNotAllowed);
            }

            var length = CheckLength(question, answer.Text);
            if (!length.IsValid)
            {
                return length;
            }
        }

        var options = new List<AnswerOption>();
        foreach (var optionId in answer.OptionIds)
        {
            var option = question.FindOption(optionId);
            if (option is null)
            {
                return AnswerCheck.Because(AnswerProblem.UnknownOption);
            }

            options.Add(option);
        }

        if (options.Count == 0 && answer.Text is null)
        {
            return AnswerCheck.Because(AnswerProblem.NoChoice);
        }

        if (question.Kind == QuestionKind.SingleChoice && options.Count > 1)
        {
            return AnswerCheck.Because(AnswerProblem.OneChoiceOnly);
        }

        return options.Count > 1 && options.Any(option => option.Exclusive)
            ? AnswerCheck.Because(AnswerProblem.ExclusiveCombined)
            : AnswerCheck.Valid;
    }

    private static AnswerCheck CheckLength(Question question, string text) =>
        question.MaxLength is int max && text.Length > max
            ? AnswerCheck.Because(AnswerProblem.TextTooLong, max)
            : AnswerCheck.Valid;
}
