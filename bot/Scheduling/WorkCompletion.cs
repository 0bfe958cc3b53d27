namespace ReIntegratie.Bot.Scheduling;

/// <summary>The idempotency record, scheduling/done/{encoded id}.json, created only if absent when work completes.</summary>
public sealed record WorkCompletion(string Id, DateTimeOffset CompletedAt, int Attempts);
