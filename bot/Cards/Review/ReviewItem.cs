namespace ReIntegratie.Bot.Cards.Review;

/// <summary>
/// One answer in the review: what it is about, the answer as the client reads it (their own words
/// already escaped), and the journey step that changes it (null when it cannot be changed on its own).
/// </summary>
public sealed record ReviewItem(string Label, string Answer, string? ChangeTarget);
