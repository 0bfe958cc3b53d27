namespace ReIntegratie.Bot.Appointments;

/// <summary>Settings section "Retention": client data is deleted this many days after the appointment.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    public int DaysAfterAppointment { get; set; } = 30;
}
