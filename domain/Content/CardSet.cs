namespace ReIntegratie.Domain.Content;

/// <summary>
/// The preparation card set (kaartenset, domain notes section 1), loaded from Content/Data/cards.json:
/// nine cards in order, the answer that is always available ("ik vertel dit liever in het gesprek"),
/// the own-agenda question asked at the review, and the rule that reads the work situation.
/// </summary>
public sealed class CardSet
{
    public const string FileName = "cards.json";
    public const int MaxQuestionsPerCard = 3;

    private static readonly Lazy<CardSet> LazyDefault = new(LoadEmbedded);

    private readonly Dictionary<string, (Card Card, Question Question)> questionsById;

    private CardSet(File file)
    {
        Cards = file.Cards;
        RatherTell = file.RatherTell;
        OwnAgenda = file.OwnAgenda;
        WorkSituation = file.WorkSituation;
        questionsById = new Dictionary<string, (Card, Question)>(StringComparer.Ordinal);
        foreach (var card in Cards)
        {
            foreach (var question in card.Questions)
            {
                questionsById.TryAdd(question.Id, (card, question));
            }
        }
    }

    /// <summary>The card set embedded in this assembly.</summary>
    public static CardSet Default => LazyDefault.Value;

    /// <summary>The cards in the order they are shown (Number 1, 2, ...).</summary>
    public IReadOnlyList<Card> Cards { get; }

    /// <summary>"Ik vertel dit liever in het gesprek": an answer to every card question.</summary>
    public CommonAnswer RatherTell { get; }

    /// <summary>The own-agenda question (free text), asked after the cards and the capability list.</summary>
    public Question OwnAgenda { get; }

    /// <summary>Which question tells whether the client has work, and how to read it.</summary>
    public WorkSituationRule WorkSituation { get; }

    /// <summary>Every card question, card by card, in order.</summary>
    public IEnumerable<Question> Questions => Cards.SelectMany(card => card.Questions);

    public Card? FindCard(string cardId) => Cards.FirstOrDefault(card => card.Id == cardId);

    public Question? FindQuestion(string questionId) =>
        questionsById.TryGetValue(questionId, out var found) ? found.Question : null;

    /// <summary>The card a question is on, or null for an unknown id (or the own agenda).</summary>
    public Card? CardOf(string questionId) =>
        questionsById.TryGetValue(questionId, out var found) ? found.Card : null;

    public static CardSet LoadEmbedded() => Create(ContentJson.Read<File>(FileName));

    private static CardSet Create(File file)
    {
        var problems = Check(file);
        if (problems.Count > 0)
        {
            throw ContentChecks.Failure(FileName, problems);
        }

        return new CardSet(file);
    }

    private static List<string> Check(File file)
    {
        var problems = new List<string>();
        var cardIds = new HashSet<string>(StringComparer.Ordinal);
        var questionIds = new HashSet<string>(StringComparer.Ordinal);
        var earlier = new Dictionary<string, Question>(StringComparer.Ordinal);

        if (file.Cards.Count == 0)
        {
            problems.Add("There are no cards.");
        }

        ContentChecks.Text(problems, file.RatherTell.Label, "ratherTell");
        ContentChecks.Synonyms(problems, file.RatherTell.Synonyms, "ratherTell");
        CheckQuestion(problems, file.OwnAgenda, "ownAgenda", questionIds);
        if (file.OwnAgenda.Kind != QuestionKind.FreeText || file.OwnAgenda.Condition is not null)
        {
            problems.Add("ownAgenda: must be an unconditional FreeText question.");
        }

        for (var index = 0; index < file.Cards.Count; index++)
        {
            var card = file.Cards[index];
            var where = $"card '{card.Id}'";
            ContentChecks.Id(problems, cardIds, card.Id, where);
            if (card.Number != index + 1)
            {
                problems.Add($"{where}: number {card.Number} where {index + 1} is expected (cards are numbered in order).");
            }

            ContentChecks.Text(problems, card.Title, $"{where} title");
            ContentChecks.Text(problems, card.Why, $"{where} why");
            if (card.Questions.Count is < 1 or > MaxQuestionsPerCard)
            {
                problems.Add($"{where}: has {card.Questions.Count} questions; a card has 1 to {MaxQuestionsPerCard}.");
            }

            foreach (var question in card.Questions)
            {
                CheckQuestion(problems, question, $"{where} question '{question.Id}'", questionIds);
                CheckRatherTellIsDistinct(problems, question, file.RatherTell);
                CheckCondition(problems, question, earlier, file.WorkSituation);
                earlier.TryAdd(question.Id, question);
            }
        }

        CheckWorkSituationRule(problems, file.WorkSituation, earlier);
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

    private sealed record File
    {
        public required WorkSituationRule WorkSituation { get; init; }

        public required CommonAnswer RatherTell { get; init; }

        public required Question OwnAgenda { get; init; }

        public required IReadOnlyList<Card> Cards { get; init; }
    }
}
