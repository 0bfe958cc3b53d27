namespace ReIntegratie.Domain.Content;

/// <summary>One button of a choice question.</summary>
public sealed record AnswerOption
{
    /// <summary>Unique within its question; stored in the answers.</summary>
    public required string Id { get; init; }

    public required LocalizedText Label { get; init; }

    /// <summary>What the client may type instead of pressing the button (either language is accepted).</summary>
    public LocalizedSynonyms Synonyms { get; init; } = LocalizedSynonyms.None;

    /// <summary>In a multi-choice question this option cannot be combined with others (e.g. "nothing").</summary>
    public bool Exclusive { get; init; }

    /// <summary>The method's own name for this answer, shown to the professional only (e.g. "Vastzitten in evenwicht").</summary>
    public LocalizedText? MethodTerm { get; init; }

    /// <summary>The approach the method pairs with this answer, shown to the professional only.</summary>
    public LocalizedText? Approach { get; init; }

    public bool Matches(string? typed) => TypedInput.Matches(typed, Label, Synonyms);
}
