using ReIntegratie.Domain.Summary;

namespace ReIntegratie.Domain.Content;

/// <summary>One card of the preparation card set: a title, why it matters, and 1-3 questions.</summary>
public sealed record Card
{
    /// <summary>Unique across all content; also the id of the card's sharing choice.</summary>
    public required string Id { get; init; }

    /// <summary>1-9, the order in which cards are shown.</summary>
    public required int Number { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>One friendly sentence on why the card matters.</summary>
    public required LocalizedText Why { get; init; }

    /// <summary>Where the card's answers appear on the professional's summary.</summary>
    public required SummarySectionKind SummarySection { get; init; }

    public required IReadOnlyList<Question> Questions { get; init; }
}
