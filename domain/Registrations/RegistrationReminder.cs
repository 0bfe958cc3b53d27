using System.Globalization;
using System.Text.Json.Serialization;
using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// One reminder to send: its stable id, the date it is about, the agreed local time it belongs to,
/// when it falls due (UTC), and for OMA the part of the day it asks about.
/// </summary>
/// <param name="Id">"{assignmentId}/{yyyy-MM-dd}/{HH:mm}" (the agreed local time); a follow-up adds "/follow-up".</param>
/// <param name="Date">The Amsterdam date the reminder asks about.</param>
/// <param name="Time">The agreed local time of the regular reminder (also on its follow-up).</param>
/// <param name="DueAt">When to send, offset zero. Differs from <see cref="Time"/> on <see cref="Date"/> only for a follow-up or a time skipped by summer time.</param>
/// <param name="Part">The part of the day asked about (OMA only).</param>
public sealed record RegistrationReminder(
    string Id,
    string AssignmentId,
    RegistrationType Type,
    ReminderKind Kind,
    DateOnly Date,
    TimeOnly Time,
    DateTimeOffset DueAt,
    DayPart? Part)
{
    public const string FollowUpSuffix = "/follow-up";

    /// <summary>The OMA slots this reminder asks about (none for other types).</summary>
    [JsonIgnore]
    public IReadOnlyList<OmaSlot> Slots => Part is { } part ? OmaSlots.Of(part) : [];

    /// <summary>A follow-up sent the next morning: it asks about yesterday.</summary>
    [JsonIgnore]
    public bool AsksAboutYesterday => AmsterdamWallClock.DateOf(DueAt) > Date;

    /// <summary>The stable id of a regular reminder.</summary>
    public static string IdOf(string assignmentId, DateOnly date, TimeOnly time) =>
        string.Create(CultureInfo.InvariantCulture, $"{assignmentId}/{date:yyyy-MM-dd}/{time:HH:mm}");
}
