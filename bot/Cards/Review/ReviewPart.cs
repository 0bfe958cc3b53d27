namespace ReIntegratie.Bot.Cards.Review;

/// <summary>One part of the client's review (a card, the capability list, the own agenda): its answers and whether it is shared.</summary>
public sealed record ReviewPart(string Id, string Title, bool Shared, IReadOnlyList<ReviewItem> Items);
