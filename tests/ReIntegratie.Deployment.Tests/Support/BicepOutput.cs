using System.Text.RegularExpressions;

namespace ReIntegratie.Deployment.Tests.Support;

/// <summary>
/// Bicep's diagnostics, split from whatever else a command printed. Lines that are neither a diagnostic nor
/// empty are kept as <see cref="OtherLines"/> so a test notices output it does not understand.
/// </summary>
public sealed partial record BicepOutput(IReadOnlyList<BicepDiagnostic> Diagnostics, IReadOnlyList<string> OtherLines)
{
    public IEnumerable<BicepDiagnostic> ErrorsAndWarnings => Diagnostics.Where(diagnostic => diagnostic.IsErrorOrWarning);

    public static BicepOutput Parse(string text)
    {
        var diagnostics = new List<BicepDiagnostic>();
        var other = new List<string>();
        foreach (var line in text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var match = DiagnosticLine().Match(line);
            if (match.Success)
            {
                diagnostics.Add(new BicepDiagnostic(
                    match.Groups["file"].Value,
                    int.Parse(match.Groups["line"].Value),
                    int.Parse(match.Groups["column"].Value),
                    match.Groups["level"].Value,
                    match.Groups["code"].Value,
                    match.Groups["message"].Value));
            }
            else
            {
                other.Add(line);
            }
        }

        return new BicepOutput(diagnostics, other);
    }

    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<column>\d+)\) : (?<level>Error|Warning|Info) (?<code>[^:\s]+): (?<message>.*)$")]
    private static partial Regex DiagnosticLine();
}
