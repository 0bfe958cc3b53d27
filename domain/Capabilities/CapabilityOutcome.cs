using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Capabilities;

/// <summary>What one value scores on the capability list. Capability and discrepancy exclude each other.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CapabilityOutcome>))]
public enum CapabilityOutcome
{
    /// <summary>Neither a capability nor a discrepancy (e.g. a of 3 or lower, or a 3 on b or c).</summary>
    Neither,

    /// <summary>4 or 5 on a, b and c.</summary>
    Capability,

    /// <summary>4 or 5 on a, and 1 or 2 on b or on c (or both: still one discrepancy).</summary>
    Discrepancy,
}
