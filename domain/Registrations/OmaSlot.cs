using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Registrations;

/// <summary>The six slots of an OMA day: each part of the day split into a first and second half (docs/method.md §6.1).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OmaSlot>))]
public enum OmaSlot
{
    /// <summary>1e helft ochtend.</summary>
    MorningFirstHalf,

    /// <summary>2e helft ochtend.</summary>
    MorningSecondHalf,

    /// <summary>1e helft middag.</summary>
    AfternoonFirstHalf,

    /// <summary>2e helft middag.</summary>
    AfternoonSecondHalf,

    /// <summary>1e helft avond.</summary>
    EveningFirstHalf,

    /// <summary>2e helft avond.</summary>
    EveningSecondHalf,
}
