using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Content;

/// <summary>
/// One of the three questions asked per work value (a importance, b enablement, c realisation).
/// The text holds a {value} placeholder for the value as the end of the question (its phrase, e.g.
/// "te gebruiken wat je weet en kunt"), so the question reads as one plain sentence. Clients without work (or who did not
/// say) get the "without work" wording when there is one: it refers to their last or hoped-for work.
/// </summary>
public sealed record CapabilityQuestion
{
    public const string ValuePlaceholder = "{value}";

    public required LocalizedText Text { get; init; }

    public LocalizedText? TextWithoutWork { get; init; }

    public LocalizedText? Hint { get; init; }

    public LocalizedText? HintWithoutWork { get; init; }

    /// <summary>
    /// The same question on a card that names the value above its three questions, so it says "dit"
    /// instead of repeating the name (no placeholder). Falls back to <see cref="Text"/>.
    /// </summary>
    public LocalizedText? ShortText { get; init; }

    public LocalizedText? ShortTextWithoutWork { get; init; }

    /// <summary>Labels of the points 1-5.</summary>
    public required IReadOnlyList<LocalizedText> ScaleLabels { get; init; }

    public static bool UsesWithoutWorkWording(WorkSituation situation) => situation != WorkSituation.WithWork;

    public LocalizedText TextFor(WorkSituation situation) =>
        UsesWithoutWorkWording(situation) && TextWithoutWork is not null ? TextWithoutWork : Text;

    public LocalizedText? HintFor(WorkSituation situation) =>
        UsesWithoutWorkWording(situation) && HintWithoutWork is not null ? HintWithoutWork : Hint;

    /// <summary>The question for one value, in one language, with its phrase (<see cref="WorkValue.Phrase"/>, <see cref="ExtraValueQuestions.PhraseFor"/>) filled in.</summary>
    public string Ask(string valuePhrase, WorkSituation situation, Language language) =>
        TextFor(situation).In(language).Replace(ValuePlaceholder, valuePhrase, StringComparison.Ordinal);

    /// <summary>The question under the value's name on the value's card: the short wording where there is one.</summary>
    public string AskUnderName(string valueName, WorkSituation situation, Language language)
    {
        var shortText = UsesWithoutWorkWording(situation) && ShortTextWithoutWork is not null ? ShortTextWithoutWork : ShortText;
        return shortText?.In(language) ?? Ask(valueName, situation, language);
    }

    public LocalizedText? ScaleLabel(int value) =>
        RatingScale.IsValid(value) && ScaleLabels.Count == RatingScale.Max ? ScaleLabels[value - RatingScale.Min] : null;
}
