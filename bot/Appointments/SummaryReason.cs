namespace ReIntegratie.Bot.Appointments;

public enum SummaryReason
{
    Shared,
    BeforeAppointment,
}
