using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Content;

/// <summary>How a card question is answered.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuestionKind>))]
public enum QuestionKind
{
    /// <summary>The client's own words, up to the question's MaxLength.</summary>
    FreeText,

    /// <summary>One option; free text may be added when the question allows it.</summary>
    SingleChoice,

    /// <summary>One or more options (an exclusive option stands alone); free text may be added when allowed.</summary>
    MultiChoice,

    /// <summary>A number on the 1-5 scale, with a label per point.</summary>
    Scale,
}
