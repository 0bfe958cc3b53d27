namespace ReIntegratie.Bot.Appointments;

/// <param name="User">A hash of the channel and user id, never the id itself.</param>
public sealed record FailedCodeAttempt(string User, DateTimeOffset At);
