using System.Globalization;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Appointments;

/// <summary>The text keys of appointments and invitations (texts/appointments.json).</summary>
public static class AppointmentTextKeys
{
    /// <summary>E.g. "appointment.problem.startInPast".</summary>
    public static string Problem(AppointmentProblem problem) => "appointment.problem." + Camel(problem);

    /// <summary>E.g. "appointment.status.inProgress", for the professional's list.</summary>
    public static string Status(AppointmentStatus status) => "appointment.status." + Camel(status);

    /// <summary>What to tell the professional about a problem, in their language ({max} filled in).</summary>
    public static string ProblemText(AppointmentProblem problem, TextCatalog texts, Language language)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Format(Problem(problem), language, new Dictionary<string, string>
        {
            ["max"] = ClientNameRules.MaxLength.ToString(CultureInfo.InvariantCulture),
        });
    }

    /// <summary>Every key of appointments and invitations, for the content consistency test.</summary>
    public static IEnumerable<string> All =>
        Enum.GetValues<AppointmentProblem>().Select(Problem)
            .Concat(Enum.GetValues<AppointmentStatus>().Select(Status))
            .Concat(Enum.GetValues<RedemptionOutcome>().Select(InvitationRedemption.TextKeyOf))
            .Append(InvitationAttemptLimiter.TooManyAttemptsTextKey)
            .Append(InvitationAttemptLimiter.NotACodeTextKey);

    private static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
