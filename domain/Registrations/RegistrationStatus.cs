using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// Where an assignment stands. Allowed changes (others throw <see cref="RegistrationStatusException"/>):
/// <code>
/// Active --Pause--> Paused --Resume--> Active     (Pause on Paused and Resume on Active change nothing)
/// Active / Paused --Stop--> Stopped                (final; Stop again changes nothing)
/// Active / Paused --Complete--> Completed          (final; an inventory must be complete first)
/// </code>
/// Only an active assignment has reminders; entries are still accepted while paused.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RegistrationStatus>))]
public enum RegistrationStatus
{
    /// <summary>Running: reminders are sent at the agreed times.</summary>
    Active,

    /// <summary>The client paused the reminders; entries can still be made.</summary>
    Paused,

    /// <summary>The client or professional stopped the assignment early. No reminders, no new entries.</summary>
    Stopped,

    /// <summary>The assignment is done. No reminders, no new entries.</summary>
    Completed,
}
