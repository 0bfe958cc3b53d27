namespace ReIntegratie.Bot.Appointments;

/// <summary>The times of recent wrong invitation codes, for one user or for everyone (attempts/...).</summary>
public sealed class FailedCodeAttempts
{
    public List<DateTimeOffset> Times { get; set; } = [];
}
