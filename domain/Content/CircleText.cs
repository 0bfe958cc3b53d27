namespace ReIntegratie.Domain.Content;

/// <summary>The name and a short explanation of one circle of the circle model.</summary>
public sealed record CircleText
{
    public required LocalizedText Title { get; init; }

    public required LocalizedText Description { get; init; }
}
