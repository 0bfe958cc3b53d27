using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Preparation;

/// <summary>Which parts of the preparation the professional sends the client. The own agenda is always asked.</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<PreparationParts>))]
public enum PreparationParts
{
    None = 0,

    /// <summary>The nine preparation cards.</summary>
    CardSet = 1,

    /// <summary>The capability list with the circle model.</summary>
    CapabilityList = 2,

    All = CardSet | CapabilityList,
}
