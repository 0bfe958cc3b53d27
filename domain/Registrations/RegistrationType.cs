using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Registrations;

/// <summary>The kinds of registration assignment a professional can give (docs/method.md §6-§8).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RegistrationType>))]
public enum RegistrationType
{
    /// <summary>OMA-registratie: did the complaint or behaviour occur, per half part of the day (six slots).</summary>
    OmaRegistration,

    /// <summary>Piekeropdracht: one worry session a day at a fixed time, at most 30 minutes, with notes.</summary>
    WorryTime,

    /// <summary>Probleem- en oplossingsinventarisatie: 7-10 concrete stressors, marked A, B or C, then worked out.</summary>
    ProblemInventory,
}
