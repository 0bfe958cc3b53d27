namespace ReIntegratie.Domain.Content;

/// <summary>Words a client may type instead of pressing a button, per language.</summary>
public sealed record LocalizedSynonyms(IReadOnlyList<string> Nl, IReadOnlyList<string> En)
{
    public IReadOnlyList<string> Nl { get; init; } = Nl ?? [];

    public IReadOnlyList<string> En { get; init; } = En ?? [];

    public static LocalizedSynonyms None { get; } = new([], []);

    public IReadOnlyList<string> In(Language language) => language == Language.English ? En : Nl;

    /// <summary>Both languages: a client may type in either, whatever language the chat is in.</summary>
    public IEnumerable<string> All => Nl.Concat(En);
}
