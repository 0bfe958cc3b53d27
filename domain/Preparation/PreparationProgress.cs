using System.Globalization;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Preparation;

/// <summary>
/// How far the client got, for a "bezig met kaart 4 van 9" status and for the summary sent before
/// the appointment when the client has not finished. Parts that were not sent count as done.
/// </summary>
/// <param name="CardsDone">Cards whose asked questions all have an answer (skipped counts).</param>
/// <param name="CurrentCardNumber">The first card that is not done, or null when all are.</param>
/// <param name="ValuesAnswered">Work values with an answer on the capability list, of <paramref name="ValueCount"/>.</param>
/// <param name="CirclesDone">Every value offered for the circles has been placed (after the list is done).</param>
/// <param name="IsStarted">The client gave at least one answer of any kind.</param>
public sealed record PreparationProgress(
    bool IsStarted,
    PreparationParts Parts,
    int CardsDone,
    int CardCount,
    int? CurrentCardNumber,
    int ValuesAnswered,
    int ValueCount,
    bool CirclesDone,
    bool OwnAgendaGiven)
{
    public const string NotStartedKey = "preparation.progress.notStarted";
    public const string CardKey = "preparation.progress.card";
    public const string ValuesKey = "preparation.progress.values";
    public const string CirclesKey = "preparation.progress.circles";
    public const string CompleteKey = "preparation.progress.complete";

    public bool CardSetDone => !Parts.HasFlag(PreparationParts.CardSet) || CardsDone == CardCount;

    public bool CapabilityListDone => !Parts.HasFlag(PreparationParts.CapabilityList) || ValuesAnswered == ValueCount;

    /// <summary>Cards, list and circles done (the own agenda is optional).</summary>
    public bool IsComplete => CardSetDone && CapabilityListDone && CirclesDone;

    public static PreparationProgress Of(PreparationAnswers answers, PreparationContent content, PreparationParts parts)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(content);
        if (answers.AnsweredProgress is { } answered && answered.Parts == parts)
        {
            return answered;
        }

        var sendsCards = parts.HasFlag(PreparationParts.CardSet);
        var sendsList = parts.HasFlag(PreparationParts.CapabilityList);
        var cards = content.Cards.Cards;
        var cardsDone = sendsCards ? cards.Count(card => answers.IsCardDone(card, content)) : 0;
        var current = sendsCards ? cards.FirstOrDefault(card => !answers.IsCardDone(card, content))?.Number : null;
        var values = content.Capabilities.Values;
        var valuesAnswered = sendsList ? values.Count(value => answers.Capabilities.ContainsKey(value.Id)) : 0;
        var listDone = !sendsList || valuesAnswered == values.Count;
        var circlesDone = !sendsList || (listDone && answers.Circles.IsComplete(answers.ValuesToOffer(content)));
        var started = !answers.Questions.IsEmpty || !answers.Capabilities.IsEmpty ||
            answers.ExtraValue is not null || answers.OwnAgenda is not null;
        return new PreparationProgress(
            started,
            parts,
            cardsDone,
            sendsCards ? cards.Count : 0,
            current,
            valuesAnswered,
            sendsList ? values.Count : 0,
            circlesDone,
            answers.OwnAgenda is not null);
    }

    /// <summary>A short status such as "Bezig met kaart 4 van 9".</summary>
    public string Describe(TextCatalog texts, Language language)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (IsComplete)
        {
            return texts.Get(CompleteKey, language);
        }

        if (!IsStarted)
        {
            return texts.Get(NotStartedKey, language);
        }

        if (!CardSetDone && CurrentCardNumber is int current)
        {
            return texts.Format(CardKey, language, Values(("current", current), ("total", CardCount)));
        }

        if (!CapabilityListDone)
        {
            return texts.Format(ValuesKey, language, Values(("done", ValuesAnswered), ("total", ValueCount)));
        }

        return texts.Get(CirclesKey, language);
    }

    private static Dictionary<string, string> Values(params (string Name, int Value)[] values) =>
        values.ToDictionary(pair => pair.Name, pair => pair.Value.ToString(CultureInfo.InvariantCulture));
}
