using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Bot.Appointments;

/// <summary>The result of checking a typed invitation code, with the text key that tells the client what happened.</summary>
/// <param name="PinFor">The code was right but used in another conversation, and its client chose a PIN: ask for it.</param>
public sealed record CodeCheck(bool Accepted, string TextKey, int MinutesToWait = 0, Appointment? Appointment = null, string? PinFor = null)
{
    public const string AskPinTextKey = "resume.pin.ask";

    public static CodeCheck AskPin(string appointmentId) => new(false, AskPinTextKey, PinFor: appointmentId);

    public static CodeCheck Ok(string textKey, Appointment appointment) => new(true, textKey, Appointment: appointment);

    public static CodeCheck Refused(string textKey, int minutesToWait = 0) => new(false, textKey, minutesToWait);
}
