namespace ReIntegratie.Domain.Content;

/// <summary>
/// Checks cards.json when it is loaded: numbering, 1-3 questions a card, unique ids, both languages,
/// what each question kind needs, typed forms that mean one option only, and conditions that refer
/// to an earlier question (so there are no cycles).
/// </summary>
internal static class CardSetChecks
{
    public static List<string> Check(
        IReadOnlyList<Card> cards, CommonAnswer ratherTell, Question ownAgenda, WorkSituationRule workSituation)
    {
        var problems = new List<string>();
        var cardIds = new HashSet<string>(StringComparer.Ordinal);
        var questionIds = new HashSet<string>(StringComparer.Ordinal);
        var earlier = new Dictionary<string, Question>(StringComparer.Ordinal);

        if (cards.Count == 0)
        {
            problems.Add("There are no cards.");
        }

        ContentChecks.Text(problems, ratherTell.Label, "ratherTell");
        ContentChecks.Synonyms(problems, ratherTell.Synonyms, "ratherTell");
        CheckQuestion(problems, ownAgenda, "ownAgenda", questionIds);
        if (ownAgenda.Kind != QuestionKind.FreeText || ownAgenda.Condition is not null)
        {
            problems.Add("ownAgenda: must be an unconditional FreeText question.");
        }

        for (var index = 0; index < cards.Count; index++)
        {
            var card = cards[index];
            var where = $"card '{card.Id}'";
            ContentChecks.Id(problems, cardIds, card.Id, where);
            if (card.Number != index + 1)
            {
                problems.Add($"{where}: number {card.Number} where {index + 1} is expected (cards are numbered in order).");
            }

            ContentChecks.Text(problems, card.Title, $"{where} title");
            ContentChecks.Text(problems, card.Why, $"{where} why");
            if (card.Questions.Count is < 1 or > CardSet.MaxQuestionsPerCard)
            {
                problems.Add($"{where}: has {card.Questions.Count} questions; a card has 1 to {CardSet.MaxQuestionsPerCard}.");
            }

            foreach (var question in card.Questions)
            {
                CheckQuestion(problems, question, $"{where} question '{question.Id}'", questionIds);
                CheckRatherTellIsDistinct(problems, question, ratherTell);
                CheckCondition(problems, question, earlier, workSituation);
                earlier.TryAdd(question.Id, question);
            }
        }

        CheckWorkSituationRule(problems, workSituation, earlier);
        return problems;
    }

    private static void CheckQuestion(List<string> problems, Question question, string where, HashSet<string> questionIds)
    {
        ContentChecks.Id(problems, questionIds, question.Id, where);
        ContentChecks.Text(problems, question.Text, $"{where} text");
        ContentChecks.Text(problems, question.Hint, $"{where} hint", required: false);
        ContentChecks.Text(problems, question.Topic, $"{where} topic");

        if (question.TakesText && question.MaxLength is not > 0)
        {
            problems.Add($"{where}: takes free text, so it needs a maxLength above 0.");
        }

        if (!question.TakesText && question.MaxLength is not null)
        {
            problems.Add($"{where}: takes no free text, so it has no maxLength.");
        }

        if (question.Kind == QuestionKind.Scale)
        {
            ContentChecks.ScaleLabels(problems, question.ScaleLabels, where);
        }
        else if (question.ScaleLabels.Count > 0)
        {
            problems.Add($"{where}: only a Scale question has scale labels.");
        }

        if (!question.IsChoice)
        {
            if (question.Options.Count > 0 || question.AllowsFreeText)
            {
                problems.Add($"{where}: only a choice question has options or allowsFreeText.");
            }

            return;
        }

        if (question.Options.Count < 2)
        {
            problems.Add($"{where}: a choice question needs at least two options.");
        }

        var optionIds = new HashSet<string>(StringComparer.Ordinal);
        var typedForms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in question.Options)
        {
            var optionWhere = $"{where} option '{option.Id}'";
            ContentChecks.Id(problems, optionIds, option.Id, optionWhere);
            ContentChecks.Text(problems, option.Label, $"{optionWhere} label");
            ContentChecks.Synonyms(problems, option.Synonyms, optionWhere);
            ContentChecks.Text(problems, option.MethodTerm, $"{optionWhere} methodTerm", required: false);
            ContentChecks.Text(problems, option.Approach, $"{optionWhere} approach", required: false);
            if (option.Exclusive && question.Kind != QuestionKind.MultiChoice)
            {
                problems.Add($"{optionWhere}: only a MultiChoice option can be exclusive.");
            }

            foreach (var form in TypedForms(option.Label, option.Synonyms))
            {
                if (typedForms.TryGetValue(form, out var other) && other != option.Id)
                {
                    problems.Add($"{optionWhere}: typing '{form}' would also mean option '{other}'.");
                }

                typedForms.TryAdd(form, option.Id);
            }
        }
    }

    private static void CheckRatherTellIsDistinct(List<string> problems, Question question, CommonAnswer ratherTell)
    {
        var ratherTellForms = TypedForms(ratherTell.Label, ratherTell.Synonyms).ToHashSet(StringComparer.Ordinal);
        foreach (var option in question.Options)
        {
            if (TypedForms(option.Label, option.Synonyms).Any(ratherTellForms.Contains))
            {
                problems.Add($"question '{question.Id}' option '{option.Id}': a typed form also means 'rather tell'.");
            }
        }
    }

    private static void CheckCondition(
        List<string> problems, Question question, IReadOnlyDictionary<string, Question> earlier, WorkSituationRule rule)
    {
        var condition = question.Condition;
        if (condition is null)
        {
            return;
        }

        var where = $"question '{question.Id}' condition";
        if (condition.IsOnWorkSituation)
        {
            if (condition.Question is not null || condition.AnyOf.Count > 0 || condition.ScaleFrom is not null || condition.ScaleTo is not null)
            {
                problems.Add($"{where}: a work-situation condition has no question, anyOf or scale range.");
            }

            if (!earlier.ContainsKey(rule.Question))
            {
                problems.Add($"{where}: depends on the work question '{rule.Question}', which must come earlier.");
            }

            return;
        }

        if (condition.Question is null || !earlier.TryGetValue(condition.Question, out var referenced))
        {
            problems.Add($"{where}: refers to '{condition.Question}', which is not an earlier question.");
            return;
        }

        var hasScaleRange = condition.ScaleFrom is not null || condition.ScaleTo is not null;
        if ((condition.AnyOf.Count > 0) == hasScaleRange)
        {
            problems.Add($"{where}: needs either anyOf or a scale range.");
        }

        foreach (var optionId in condition.AnyOf)
        {
            if (!referenced.IsChoice || referenced.FindOption(optionId) is null)
            {
                problems.Add($"{where}: option '{optionId}' is not an option of '{referenced.Id}'.");
            }
        }

        if (hasScaleRange)
        {
            var from = condition.ScaleFrom ?? RatingScale.Min;
            var to = condition.ScaleTo ?? RatingScale.Max;
            if (referenced.Kind != QuestionKind.Scale || !RatingScale.IsValid(from) || !RatingScale.IsValid(to) || from > to)
            {
                problems.Add($"{where}: scale range {from}-{to} does not fit question '{referenced.Id}'.");
            }
        }
    }

    private static void CheckWorkSituationRule(
        List<string> problems, WorkSituationRule rule, IReadOnlyDictionary<string, Question> questions)
    {
        if (!questions.TryGetValue(rule.Question, out var question) || question.Kind != QuestionKind.SingleChoice)
        {
            problems.Add($"workSituation: '{rule.Question}' is not a single-choice card question.");
            return;
        }

        foreach (var option in question.Options)
        {
            if (rule.WithWork.Contains(option.Id) == rule.WithoutWork.Contains(option.Id))
            {
                problems.Add($"workSituation: option '{option.Id}' must be in exactly one of withWork and withoutWork.");
            }
        }

        foreach (var optionId in rule.WithWork.Concat(rule.WithoutWork).Where(id => question.FindOption(id) is null))
        {
            problems.Add($"workSituation: '{optionId}' is not an option of '{rule.Question}'.");
        }
    }

    private static IEnumerable<string> TypedForms(LocalizedText label, LocalizedSynonyms synonyms) =>
        new[] { label.Nl, label.En }.Concat(synonyms.All).Select(TypedInput.Normalize).Where(form => form.Length > 0).Distinct();
}
