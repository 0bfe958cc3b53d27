using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Bot.Appointments;

/// <summary>The result of checking a typed invitation code, with the text key that tells the client what happened.</summary>
public sealed record CodeCheck(bool Accepted, string TextKey, int MinutesToWait = 0, Appointment? Appointment = null)
{
    public static CodeCheck Ok(string textKey, Appointment appointment) => new(true, textKey, Appointment: appointment);

    public static CodeCheck Refused(string textKey, int minutesToWait = 0) => new(false, textKey, minutesToWait);
}
