namespace ReIntegratie.Domain.Content;

/// <summary>One of the seven work values (werkwaarden) of the capability list.</summary>
public sealed record WorkValue
{
    public required string Id { get; init; }

    /// <summary>1-7, the order of the list.</summary>
    public required int Number { get; init; }

    /// <summary>The canonical name (Dutch, as the method names it: docs/method.md §2.1).</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>A short plain description with an example.</summary>
    public required LocalizedText Description { get; init; }
}
