using System.Collections.Immutable;
using System.Text.Json.Serialization;
using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Preparation;

/// <summary>
/// Everything one client filled in: answers per card question, the capability list, the eighth
/// value, the circle placement, the own agenda and the sharing choices. Stored as one JSON
/// document (System.Text.Json, any options); every change goes through a guarded method that checks
/// it against the content and returns an <see cref="AnswerCheck"/> (nothing changes when invalid).
/// <para>
/// Sharing: everything is shared unless the client switches a part off. The client has chosen to
/// fill it in for this conversation, and nothing reaches the professional before they review all
/// parts with their switches and press share (the appointment's status says when), so "on" is the
/// expected choice and "off" is one tap per card at the review.
/// </para>
/// </summary>
public sealed class PreparationAnswers
{
    /// <summary>The answers per card question id (skipped and "rather tell in the conversation" included).</summary>
    [JsonInclude]
    public ImmutableDictionary<string, QuestionAnswer> Questions { get; private set; } =
        ImmutableDictionary<string, QuestionAnswer>.Empty;

    /// <summary>The capability list answers per value id (the seven values).</summary>
    [JsonInclude]
    public ImmutableDictionary<string, CapabilityAnswer> Capabilities { get; private set; } =
        ImmutableDictionary<string, CapabilityAnswer>.Empty;

    /// <summary>The optional eighth value, or null.</summary>
    [JsonInclude]
    public ExtraValueAnswer? ExtraValue { get; private set; }

    [JsonInclude]
    public CirclePlacement Circles { get; private set; } = CirclePlacement.Empty;

    /// <summary>What the client wants to discuss, in their own words, or null.</summary>
    [JsonInclude]
    public string? OwnAgenda { get; private set; }

    /// <summary>Ids of the parts (cards, capability list, own agenda) the client chose not to share.</summary>
    [JsonInclude]
    public ImmutableSortedSet<string> NotShared { get; private set; } = ImmutableSortedSet<string>.Empty;

    /// <summary>
    /// On a shared copy: how far the client got with everything they answered, shared or not, so the
    /// professional's progress and status do not fall back for a part that was only not shared.
    /// </summary>
    [JsonInclude]
    public PreparationProgress? AnsweredProgress { get; private set; }

    public QuestionAnswer? AnswerTo(string questionId) => Questions.GetValueOrDefault(questionId);

    /// <summary>Whether the client has work, from their answer to the work question.</summary>
    public WorkSituation WorkSituation(PreparationContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var rule = content.Cards.WorkSituation;
        return rule.Evaluate(AnswerTo(rule.Question));
    }

    /// <summary>Whether a question is asked, given the answers so far (its condition, and that of the question it depends on).</summary>
    public bool IsAsked(Question question, PreparationContent content)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(content);
        var condition = question.Condition;
        if (condition is null)
        {
            return true;
        }

        QuestionAnswer? referencedAnswer = null;
        if (!condition.IsOnWorkSituation && condition.Question is { } referencedId &&
            content.Cards.FindQuestion(referencedId) is { } referenced && IsAsked(referenced, content))
        {
            referencedAnswer = AnswerTo(referencedId);
        }

        return condition.IsMet(WorkSituation(content), referencedAnswer);
    }

    /// <summary>The questions of a card that are asked now, in order.</summary>
    public IReadOnlyList<Question> AskedQuestions(Card card, PreparationContent content)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Questions.Where(question => IsAsked(question, content)).ToList();
    }

    /// <summary>A card is done when each of its asked questions has an answer (skipped and "rather tell" count).</summary>
    public bool IsCardDone(Card card, PreparationContent content) =>
        AskedQuestions(card, content).All(question => Questions.ContainsKey(question.Id));

    /// <summary>The first asked question without an answer, card by card: where to continue. Null when all are done.</summary>
    public Question? NextQuestion(PreparationContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Cards.Questions.FirstOrDefault(question => IsAsked(question, content) && !Questions.ContainsKey(question.Id));
    }

    /// <summary>Stores the answer to a card question after checking it against the question (and that the question is asked now).</summary>
    public AnswerCheck Answer(PreparationContent content, string questionId, QuestionAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(answer);
        if (content.Cards.FindQuestion(questionId) is not { } question)
        {
            return AnswerCheck.Because(AnswerProblem.UnknownQuestion);
        }

        if (!IsAsked(question, content))
        {
            return AnswerCheck.Because(AnswerProblem.QuestionNotAsked);
        }

        var normalized = AnswerRules.Normalize(question, answer);
        var check = AnswerRules.Check(question, normalized);
        if (check.IsValid)
        {
            Questions = Questions.SetItem(questionId, normalized);
        }

        return check;
    }

    /// <summary>Removes the answer to a card question (e.g. to ask it again).</summary>
    public void ClearAnswer(string questionId) => Questions = Questions.Remove(questionId);

    /// <summary>
    /// Stores the ratings of one of the seven values. "Niet van toepassing" on b is accepted only when
    /// the client has no work (or did not say). Circle placements of values no longer rated
    /// important are dropped.
    /// </summary>
    public AnswerCheck AnswerCapability(PreparationContent content, string valueId, CapabilityAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(answer);
        if (content.Capabilities.FindValue(valueId) is null)
        {
            return AnswerCheck.Because(AnswerProblem.UnknownValue);
        }

        if (answer.EnablementNotApplicable && !CapabilityList.IsNotApplicableAllowed(WorkSituation(content)))
        {
            return AnswerCheck.Because(AnswerProblem.NotApplicableNotAllowed);
        }

        Capabilities = Capabilities.SetItem(valueId, answer);
        Circles = Circles.KeepOnly(ValuesToOffer(content));
        return AnswerCheck.Valid;
    }

    /// <summary>Stores the optional eighth value (null removes it): the name within its length, b and c as for the seven.</summary>
    public AnswerCheck SetExtraValue(PreparationContent content, ExtraValueAnswer? extraValue)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (extraValue is not null)
        {
            var max = content.Capabilities.ExtraValue.NameMaxLength;
            if (extraValue.Name.Length > max)
            {
                return AnswerCheck.Because(AnswerProblem.TextTooLong, max);
            }

            if (extraValue.EnablementNotApplicable && !CapabilityList.IsNotApplicableAllowed(WorkSituation(content)))
            {
                return AnswerCheck.Because(AnswerProblem.NotApplicableNotAllowed);
            }
        }

        ExtraValue = extraValue;
        Circles = Circles.KeepOnly(ValuesToOffer(content));
        return AnswerCheck.Valid;
    }

    /// <summary>The value ids to offer in the circle model: rated 4-5 on importance, plus the eighth value if named.</summary>
    public IReadOnlyList<string> ValuesToOffer(PreparationContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return CirclePlacement.ValuesToOffer(content.Capabilities, Capabilities, ExtraValue);
    }

    /// <summary>Places (or moves) an offered value in a circle.</summary>
    public AnswerCheck PlaceValue(PreparationContent content, string valueId, Circle circle)
    {
        var offered = ValuesToOffer(content);
        if (!CirclePlacement.CanPlace(valueId, offered))
        {
            return AnswerCheck.Because(AnswerProblem.ValueNotOffered);
        }

        Circles = Circles.Place(valueId, circle, offered);
        return AnswerCheck.Valid;
    }

    /// <summary>Sets the own agenda; null or blank clears it.</summary>
    public AnswerCheck SetOwnAgenda(PreparationContent content, string? text)
    {
        ArgumentNullException.ThrowIfNull(content);
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (trimmed is not null && content.Cards.OwnAgenda.MaxLength is int max && trimmed.Length > max)
        {
            return AnswerCheck.Because(AnswerProblem.TextTooLong, max);
        }

        OwnAgenda = trimmed;
        return AnswerCheck.Valid;
    }

    /// <summary>Switches sharing of one part (a card id, the capability list id, or the own agenda id) on or off.</summary>
    public AnswerCheck SetShared(PreparationContent content, string partId, bool shared)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.IsSharingPart(partId))
        {
            return AnswerCheck.Because(AnswerProblem.UnknownSharingPart);
        }

        NotShared = shared ? NotShared.Remove(partId) : NotShared.Add(partId);
        return AnswerCheck.Valid;
    }

    /// <summary>Whether a part is shared: true unless the client switched it off.</summary>
    public bool IsShared(string partId) => !NotShared.Contains(partId);

    /// <summary>
    /// A copy holding only what the client chose to share: the answers of parts switched off are left
    /// out (so they never reach the professional's side), the sharing choices stay so the summary can
    /// say plainly what was not shared.
    /// </summary>
    public PreparationAnswers SharedOnly(PreparationContent content, PreparationParts parts)
    {
        ArgumentNullException.ThrowIfNull(content);
        var copy = new PreparationAnswers { NotShared = NotShared, AnsweredProgress = PreparationProgress.Of(this, content, parts) };
        copy.Questions = ImmutableDictionary.CreateRange(Questions.Where(pair =>
            content.Cards.CardOf(pair.Key) is { } card && IsShared(card.Id)));
        if (IsShared(content.Capabilities.Id))
        {
            copy.Capabilities = Capabilities;
            copy.ExtraValue = ExtraValue;
            copy.Circles = Circles;
        }

        if (IsShared(content.Cards.OwnAgenda.Id))
        {
            copy.OwnAgenda = OwnAgenda;
        }

        return copy;
    }
}
