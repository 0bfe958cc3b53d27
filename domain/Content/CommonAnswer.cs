namespace ReIntegratie.Domain.Content;

/// <summary>
/// An answer that is available on many questions without being listed on each, such as
/// "ik vertel dit liever in het gesprek" on every card question, or "niet van toepassing" on the
/// capability list's question b for clients without work.
/// </summary>
public sealed record CommonAnswer
{
    public required LocalizedText Label { get; init; }

    public LocalizedSynonyms Synonyms { get; init; } = LocalizedSynonyms.None;

    public bool Matches(string? typed) => TypedInput.Matches(typed, Label, Synonyms);
}
