using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Capabilities;

/// <summary>The three circles of the circle model (cirkelmodel), from the inside out.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Circle>))]
public enum Circle
{
    /// <summary>Inner circle: "Dit gaat al goed".</summary>
    GoingWell,

    /// <summary>Middle circle: "Dit kan beter" (attention soon).</summary>
    CouldBeBetter,

    /// <summary>Outer circle: "Dit komt later" (long term).</summary>
    Later,
}
