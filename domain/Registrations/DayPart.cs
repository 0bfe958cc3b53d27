using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Registrations;

/// <summary>The three parts of the day of the OMA registration (ochtend, middag, avond). Night is not in the grid.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DayPart>))]
public enum DayPart
{
    Morning,
    Afternoon,
    Evening,
}
