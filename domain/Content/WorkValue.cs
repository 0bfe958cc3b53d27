namespace ReIntegratie.Domain.Content;

/// <summary>One of the seven work values (werkwaarden) of the capability list.</summary>
public sealed record WorkValue
{
    public required string Id { get; init; }

    /// <summary>1-7, the order of the list.</summary>
    public required int Number { get; init; }

    /// <summary>The canonical name (Dutch, as the method names it: docs/method.md §2.1).</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The value in plain words, as the client reads it (the canonical name stays for the professional).</summary>
    public required LocalizedText PlainName { get; init; }

    /// <summary>
    /// The value as the end of the client's questions ("Lukt het je om …?"): "te gebruiken wat je weet
    /// en kunt", "to use what you know and can do".
    /// </summary>
    public required LocalizedText Phrase { get; init; }

    /// <summary>A short plain description with an example.</summary>
    public required LocalizedText Description { get; init; }
}
