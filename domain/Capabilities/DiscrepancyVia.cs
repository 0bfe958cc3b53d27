using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Capabilities;

/// <summary>Which low rating makes a discrepancy.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DiscrepancyVia>))]
public enum DiscrepancyVia
{
    /// <summary>Not a discrepancy.</summary>
    None,

    /// <summary>b is low (1-2): the work does not enable it.</summary>
    Enablement,

    /// <summary>c is low (1-2): the client does not succeed in it.</summary>
    Realisation,

    /// <summary>b and c are both low: one discrepancy.</summary>
    Both,
}
