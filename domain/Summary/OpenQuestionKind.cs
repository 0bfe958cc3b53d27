using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Summary;

/// <summary>Where a suggested open question comes from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OpenQuestionKind>))]
public enum OpenQuestionKind
{
    /// <summary>The guide's openers: "Hoe was het om deze vragen te beantwoorden?", "Wat valt je op aan je antwoorden?".</summary>
    Opener,

    /// <summary>One per discrepancy: "... Wat betekent dat volgens jou?" with the value's name.</summary>
    Discrepancy,

    /// <summary>A discrepancy through b with c high: the "energielek" question, instead of the plain discrepancy one.</summary>
    EnergyLeak,

    /// <summary>One per skipped question or one kept for the conversation.</summary>
    SkippedTopic,
}
