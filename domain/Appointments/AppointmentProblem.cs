using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Appointments;

/// <summary>Why the professional's input for a new appointment was not accepted; each has a text "appointment.problem.*".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AppointmentProblem>))]
public enum AppointmentProblem
{
    ClientNameEmpty,
    ClientNameTooLong,

    /// <summary>The name holds a long number (8 or more digits): it may be a BSN, which is never asked or stored.</summary>
    ClientNameHasNumber,

    StartInPast,
    NoPartsChosen,
}
