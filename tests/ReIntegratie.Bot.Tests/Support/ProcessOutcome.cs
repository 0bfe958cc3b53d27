namespace ReIntegratie.Bot.Tests.Support;

/// <summary>How a process ended and what it wrote.</summary>
public sealed record ProcessOutcome(int ExitCode, string Output, string Error);
