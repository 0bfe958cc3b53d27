namespace ReIntegratie.Domain.Content;

/// <summary>The five-point scale used by scale questions and the capability list.</summary>
public static class RatingScale
{
    public const int Min = 1;
    public const int Max = 5;

    public static bool IsValid(int value) => value is >= Min and <= Max;
}
