using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Preparation;

/// <summary>What kind of answer the client gave to a question.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnswerKind>))]
public enum AnswerKind
{
    /// <summary>Options, text or a scale value.</summary>
    Answered,

    /// <summary>The client skipped the question.</summary>
    Skipped,

    /// <summary>"Ik vertel dit liever in het gesprek".</summary>
    RatherTellInConversation,
}
