namespace ReIntegratie.Domain.Content;

/// <summary>
/// The preparation card set (kaartenset, docs/method.md §1), loaded from Content/Data/cards.json:
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
        var problems = CardSetChecks.Check(file.Cards, file.RatherTell, file.OwnAgenda, file.WorkSituation);
        if (problems.Count > 0)
        {
            throw ContentChecks.Failure(FileName, problems);
        }

        return new CardSet(file);
    }

    private sealed record File
    {
        public required WorkSituationRule WorkSituation { get; init; }

        public required CommonAnswer RatherTell { get; init; }

        public required Question OwnAgenda { get; init; }

        public required IReadOnlyList<Card> Cards { get; init; }
    }
}
