namespace ReIntegratie.Bot.Scheduling;

/// <summary>The claim document, scheduling/claims/{encoded id}.json: who runs the work, until when.</summary>
public sealed record WorkClaim(string Id, string Owner, DateTimeOffset ExpiresAt);
