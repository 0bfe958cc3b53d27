using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Registrations;

[JsonConverter(typeof(JsonStringEnumConverter<ReminderKind>))]
public enum ReminderKind
{
    /// <summary>At one of the agreed times.</summary>
    Regular,

    /// <summary>The one gentle follow-up of a missed OMA part of the day (see <see cref="FollowUpRule"/>).</summary>
    FollowUp,
}
