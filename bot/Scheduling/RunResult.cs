namespace ReIntegratie.Bot.Scheduling;

/// <summary>The outcome of one run attempt: whether the handler was called, and the next run time when there is one.</summary>
public sealed record RunResult(RunOutcome Outcome, bool HandlerCalled = false, DateTimeOffset? NextRunAt = null);
