using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Registrations;

/// <summary>The term on which a stressor lends itself to action (docs/method.md §8).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StressorCategory>))]
public enum StressorCategory
{
    /// <summary>A: can be tackled now. Worked out as an approach.</summary>
    ActNow,

    /// <summary>B: later; needs someone's help or skills the client does not have yet. Worked out as a strategy.</summary>
    Later,

    /// <summary>C: cannot be influenced. Worked out as how to give it a place and live with it.</summary>
    CannotInfluence,
}
