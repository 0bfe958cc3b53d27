using ReIntegratie.Domain.Capabilities;

namespace ReIntegratie.Domain.Content;

/// <summary>The texts of the circle model step: an introduction and each circle.</summary>
public sealed record CircleTexts
{
    public required LocalizedText Intro { get; init; }

    public required CircleText GoingWell { get; init; }

    public required CircleText CouldBeBetter { get; init; }

    public required CircleText Later { get; init; }

    public CircleText For(Circle circle) => circle switch
    {
        Circle.GoingWell => GoingWell,
        Circle.CouldBeBetter => CouldBeBetter,
        Circle.Later => Later,
        _ => throw new ArgumentOutOfRangeException(nameof(circle), circle, "Unknown circle."),
    };
}
