using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReIntegratie.Testing;

/// <summary>
/// Checks cards with the Adaptive Cards JavaScript parser (tests/tools/validate-card.mjs, on the
/// adaptivecards package the test command installs): schema 1.5, the parser's errors, and the checks
/// it does not make (Action.Execute fallback, ToggleVisibility targets, unknown properties as warnings).
/// Fails with a clear message when Node or the package is missing: it never passes without them.
/// </summary>
public static class AdaptiveCardValidator
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>What the validator found in one card.</summary>
    public sealed record Result(IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
    {
        public bool IsValid => Errors.Count == 0;
    }

    /// <summary>The errors in the card (empty when it is valid).</summary>
    public static IReadOnlyList<string> Errors(JsonNode card) => Validate(card).Errors;

    public static Result Validate(JsonNode card) => ValidateAll([card])[0];

    /// <summary>Validates several cards in one run of node (one result per card, in order).</summary>
    public static IReadOnlyList<Result> ValidateAll(IReadOnlyList<JsonNode> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var root = RepositoryRoot.Path;
        var tools = Path.Combine(root, "tests", "tools");
        if (!Directory.Exists(Path.Combine(tools, "node_modules", "adaptivecards")))
        {
            throw new InvalidOperationException(
                $"The card validator needs the npm test tools in {Path.Combine(tools, "node_modules")}, which are missing. " +
                "Run the tests with 'bash tests/run.sh' (it runs 'npm ci --prefix tests/tools' first).");
        }

        var folder = Directory.CreateTempSubdirectory("reintegratie-cards-");
        try
        {
            var files = new List<string>();
            for (var index = 0; index < cards.Count; index++)
            {
                var file = Path.Combine(folder.FullName, $"card{index}.json");
                File.WriteAllText(file, cards[index].ToJsonString());
                files.Add(file);
            }

            var output = RunNode(root, [Path.Combine(tools, "validate-card.mjs"), .. files]);
            return Parse(output, cards.Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string RunNode(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("Node.js ('node') is needed to validate cards and was not found on PATH.", exception);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"validate-card.mjs did not finish within {Timeout.TotalSeconds} s.");
            }

            // Exit code 1 means "a card has errors" and still prints the result; anything else is the tool failing.
            if (process.ExitCode is not (0 or 1))
            {
                throw new InvalidOperationException($"validate-card.mjs failed (exit code {process.ExitCode}): {error.Result}");
            }

            return output.Result;
        }
    }

    private static List<Result> Parse(string output, int expected)
    {
        using var document = JsonDocument.Parse(output);
        var results = document.RootElement.GetProperty("cards").EnumerateArray()
            .Select(card => new Result(Strings(card, "errors"), Strings(card, "warnings")))
            .ToList();
        if (results.Count != expected)
        {
            throw new InvalidOperationException($"validate-card.mjs returned {results.Count} results for {expected} cards: {output}");
        }

        return results;
    }

    private static List<string> Strings(JsonElement card, string property) =>
        card.GetProperty(property).EnumerateArray().Select(item => item.GetString() ?? "").ToList();
}
