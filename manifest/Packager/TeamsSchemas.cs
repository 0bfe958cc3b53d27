using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ReIntegratie.Manifest;

/// <summary>The Teams JSON schemas of one manifest version (offline, from the pinned npm package) and the checks against them.</summary>
public sealed class TeamsSchemas
{
    private readonly string folder;

    private TeamsSchemas(string root, string manifestVersion)
    {
        folder = Path.Combine(root, "v" + manifestVersion);
        Label = "v" + manifestVersion;
    }

    public string Label { get; }

    /// <summary>The schemas for <paramref name="manifestVersion"/>, or why there are none.</summary>
    public static (TeamsSchemas? Schemas, string? Error) For(string root, string manifestVersion)
    {
        var schemas = new TeamsSchemas(root, manifestVersion);
        if (!Directory.Exists(root))
        {
            return (null, $"the Teams schemas are not installed in {root}: run manifest/package.sh, which installs them (npm ci in manifest/)");
        }

        return File.Exists(Path.Combine(schemas.folder, "MicrosoftTeams.schema.json"))
            ? (schemas, null)
            : (null, $"@microsoft/app-manifest ships no schema for manifestVersion {manifestVersion} (looked in {schemas.folder})");
    }

    public Task<IReadOnlyList<string>> ManifestProblemsAsync(string json) => ProblemsAsync("MicrosoftTeams.schema.json", json);

    public Task<IReadOnlyList<string>> LocalizationProblemsAsync(string json) => ProblemsAsync("MicrosoftTeams.Localization.schema.json", json);

    private async Task<IReadOnlyList<string>> ProblemsAsync(string schemaFile, string json)
    {
        var path = Path.Combine(folder, schemaFile);
        var document = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        var schema = await JsonSchema.FromJsonAsync(KeepRefSiblings(document).ToJsonString(), path);
        return [.. Flatten(schema.Validate(json)).Select(error => $"{error.Path ?? "#"}: {error.Kind}")];
    }

    /// <summary>
    /// The Teams schemas put limits beside a "$ref" (e.g. a maximum length next to a reference to a non-empty
    /// string). Draft 4 ignores keywords beside "$ref", which would drop those limits; as an "allOf" both apply,
    /// which is what the schemas mean.
    /// </summary>
    private static JsonNode KeepRefSiblings(JsonNode node)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array.Where(item => item is not null))
            {
                KeepRefSiblings(item!);
            }
        }
        else if (node is JsonObject schema)
        {
            foreach (var (_, value) in schema.ToList().Where(pair => pair.Value is not null))
            {
                KeepRefSiblings(value!);
            }

            if (schema.Count > 1 && schema["$ref"] is JsonValue reference)
            {
                schema.Remove("$ref");
                schema["allOf"] = new JsonArray(new JsonObject { ["$ref"] = reference.GetValue<string>() });
            }
        }

        return node;
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var inner in Flatten(child.Errors.SelectMany(pair => pair.Value)))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return error;
            }
        }
    }
}
