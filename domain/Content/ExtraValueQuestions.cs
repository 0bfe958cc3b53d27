namespace ReIntegratie.Domain.Content;

/// <summary>
/// The optional eighth value (docs/method.md §2.4): after the seven, ask whether something else
/// matters more; if so, its name in the client's own words, then questions b and c for it.
/// </summary>
public sealed record ExtraValueQuestions
{
    /// <summary>The id the extra value is known by (circle placement, summary).</summary>
    public required string Id { get; init; }

    /// <summary>"Is er iets dat je mist in de lijst?" (a yes/no question).</summary>
    public required LocalizedText Question { get; init; }

    /// <summary>"Hoe noem je dat in je eigen woorden?"</summary>
    public required LocalizedText NameQuestion { get; init; }

    public required int NameMaxLength { get; init; }

    /// <summary>How questions b and c name the client's own value: "‘{name}’ waar te maken".</summary>
    public required LocalizedText Phrase { get; init; }

    public const string NamePlaceholder = "{name}";

    /// <summary>The client's own value as the end of a question, in their words (escaping is the renderer's job).</summary>
    public string PhraseFor(string name, Language language) => Phrase.In(language).Replace(NamePlaceholder, name, StringComparison.Ordinal);
}
