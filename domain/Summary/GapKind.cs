using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Summary;

/// <summary>Why something is not on the summary. Listed plainly: no reason, no interpretation.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GapKind>))]
public enum GapKind
{
    /// <summary>The client skipped the question.</summary>
    Skipped,

    /// <summary>The client prefers to tell it in the conversation.</summary>
    RatherTellInConversation,

    /// <summary>Not filled in (yet): the client did not get to it.</summary>
    NotAnswered,

    /// <summary>A part the client chose not to share.</summary>
    NotShared,
}
