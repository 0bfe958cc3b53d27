using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ReIntegratie.Manifest;

/// <summary>
/// Fills the placeholders of manifest.json, checks it, the localization files and the icons, and writes the
/// package only when nothing is wrong (a failed run leaves no older package behind that looks like its result).
/// </summary>
public static partial class AppPackage
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The files written, or the problems found (then nothing is written).</summary>
    public static async Task<(IReadOnlyList<string> Files, IReadOnlyList<string> Problems, JsonObject? Manifest)> BuildAsync(PackageSettings settings)
    {
        if (File.Exists(settings.OutFile))
        {
            File.Delete(settings.OutFile);
        }

        var manifest = JsonNode.Parse(FillPlaceholders(File.ReadAllText(Path.Combine(settings.SourceDir, "manifest.json")), settings)) as JsonObject
            ?? throw new InvalidDataException("manifest.json is not a JSON object");
        var manifestVersion = manifest["manifestVersion"]?.GetValue<string>() ?? "";
        var (schemas, error) = TeamsSchemas.For(settings.SchemaRoot, manifestVersion);
        if (schemas is null)
        {
            return ([], [error!], manifest);
        }

        var problems = new List<string>();
        var manifestJson = manifest.ToJsonString(Indented) + "\n";
        problems.AddRange((await schemas.ManifestProblemsAsync(manifestJson)).Select(p => $"manifest.json does not match {schemas.Label}/MicrosoftTeams.schema.json: {p}"));
        problems.AddRange(IdentityProblems(manifest, settings));

        var files = new List<(string Name, byte[] Content)> { ("manifest.json", Encoding.UTF8.GetBytes(manifestJson)) };
        AddIcon(files, problems, settings, manifest["icons"]?["color"]?.GetValue<string>(), AppIcon.Colour);
        AddIcon(files, problems, settings, manifest["icons"]?["outline"]?.GetValue<string>(), AppIcon.Outline);
        foreach (var language in manifest["localizationInfo"]?["additionalLanguages"]?.AsArray() ?? [])
        {
            var file = language?["file"]?.GetValue<string>() ?? "";
            var path = Path.Combine(settings.SourceDir, file);
            if (!File.Exists(path))
            {
                problems.Add($"localization file {file} for {language?["languageTag"]} is missing");
                continue;
            }

            var text = File.ReadAllText(path);
            problems.AddRange((await schemas.LocalizationProblemsAsync(text)).Select(p => $"{file} does not match {schemas.Label}/MicrosoftTeams.Localization.schema.json: {p}"));
            files.Add((file, File.ReadAllBytes(path)));
        }

        if (problems.Count > 0)
        {
            return ([], problems, manifest);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(settings.OutFile)!);
        File.WriteAllBytes(settings.OutFile, PackageZip.Create(files));
        return ([.. files.Select(f => f.Name)], [], manifest);
    }

    private static string FillPlaceholders(string template, PackageSettings settings)
    {
        var values = new Dictionary<string, string>
        {
            ["TEAMS_APP_ID"] = settings.AppId,
            ["BOT_ID"] = settings.BotId,
            ["BOT_DOMAIN"] = settings.Domain,
            ["APP_VERSION"] = settings.AppVersion,
            ["WEBSITE_URL"] = settings.WebsiteUrl,
            ["PRIVACY_URL"] = settings.PrivacyUrl,
            ["TERMS_URL"] = settings.TermsUrl,
        };
        return Placeholder().Replace(template, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? JsonSerializer.Serialize(value, Indented)[1..^1]
            : throw new InvalidDataException($"manifest.json uses unknown placeholder {match.Value}"));
    }

    private static IEnumerable<string> IdentityProblems(JsonObject manifest, PackageSettings settings)
    {
        if (manifest["id"]?.GetValue<string>() != settings.AppId)
        {
            yield return $"manifest.json id is {manifest["id"]}, expected {settings.AppId}";
        }

        var bots = manifest["bots"]?.AsArray() ?? [];
        if (bots.Count != 1 || bots[0]?["botId"]?.GetValue<string>() != settings.BotId)
        {
            yield return $"manifest.json must declare one bot with botId {settings.BotId}";
        }

        if (!(manifest["validDomains"]?.AsArray() ?? []).Any(domain => domain?.GetValue<string>() == settings.Domain))
        {
            yield return $"manifest.json validDomains must include {settings.Domain}";
        }
    }

    private static void AddIcon(List<(string, byte[])> files, List<string> problems, PackageSettings settings, string? name, AppIcon icon)
    {
        var path = Path.Combine(settings.SourceDir, name ?? "");
        if (name is null || !File.Exists(path))
        {
            problems.Add($"{icon.Label} {path} is missing");
            return;
        }

        var content = File.ReadAllBytes(path);
        problems.AddRange(icon.Problems(content, path));
        files.Add((name, content));
    }

    [GeneratedRegex(@"\$\{\{([A-Z_]+)\}\}")]
    private static partial Regex Placeholder();
}
