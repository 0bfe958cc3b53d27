namespace ReIntegratie.Bot.Appointments;

/// <summary>
/// Recent wrong invitation codes of everyone (attempts/recent.json): who (a hash of channel and user id)
/// and when. One document, so one read answers both limits; it stays small because the limit over
/// everyone refuses further tries before they are recorded.
/// </summary>
public sealed class FailedCodeAttempts
{
    public List<FailedCodeAttempt> Recent { get; set; } = [];
}
