using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Bot.Appointments;

/// <summary>
/// What creating an appointment gave: the new appointment with its code, an earlier one (double submit),
/// a problem with the form, or a form id that belongs to someone else (a tampered submit).
/// </summary>
public sealed record CreateOutcome(Appointment? Appointment, InvitationCode? Code, DateTimeOffset? CodeExpiresAt, AppointmentProblem? Problem, bool AlreadyCreated, bool Foreign = false)
{
    public static CreateOutcome Created(Appointment appointment, InvitationCode code, DateTimeOffset expiresAt) => new(appointment, code, expiresAt, null, false);

    public static CreateOutcome Existing(Appointment appointment) => new(appointment, null, null, null, true);

    public static CreateOutcome Refused(AppointmentProblem problem) => new(null, null, null, problem, false);

    public static CreateOutcome NotYours { get; } = new(null, null, null, null, false, Foreign: true);
}
