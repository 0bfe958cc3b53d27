namespace ReIntegratie.Deployment.Tests.Support;

/// <summary>What a finished command returned and printed.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>A readable transcript for assertion messages.</summary>
    public string Describe() =>
        $"$ {CommandLine}\nexit code {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
