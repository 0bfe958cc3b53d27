namespace ReIntegratie.Bot.Channel.Auth;

/// <summary>How an inbound request authenticated: a validated channel token, anonymous (local development), or refused.</summary>
public sealed record AuthenticationOutcome(bool Succeeded, bool IsAnonymous, string? FailureReason)
{
    public static AuthenticationOutcome Authenticated { get; } = new(true, false, null);
    public static AuthenticationOutcome Anonymous { get; } = new(true, true, null);

    public static AuthenticationOutcome Refused(string reason) => new(false, false, reason);
}
