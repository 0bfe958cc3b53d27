using ReIntegratie.Deployment.Tests.Support;

namespace ReIntegratie.Deployment.Tests.Infra;

public static class BicepAssert
{
    /// <summary>The command succeeded and printed no error, no warning and nothing else unexpected.</summary>
    public static void Clean(ProcessResult result)
    {
        var output = BicepOutput.Parse(result.StandardOutput + "\n" + result.StandardError);
        var problems = output.ErrorsAndWarnings.Select(diagnostic => $"{diagnostic.Level} {diagnostic.Code} at {diagnostic.File}({diagnostic.Line},{diagnostic.Column}): {diagnostic.Message}")
            .Concat(output.OtherLines.Select(line => $"unexpected output: {line}"))
            .ToList();
        Assert.True(
            result.ExitCode == 0 && problems.Count == 0,
            $"Expected exit code 0 and zero errors and warnings; got exit code {result.ExitCode} and {problems.Count} problem(s):\n{string.Join('\n', problems)}\n\n{result.Describe()}");
    }
}
