using System.Text.Json.Nodes;

namespace ReIntegratie.Deployment.Tests.Support;

/// <summary>A compiled ARM template (bicep build output), with its modules' nested templates.</summary>
public sealed class ArmTemplate(JsonObject root)
{
    public JsonObject Root { get; } = root;

    public static ArmTemplate Parse(string json) =>
        new(JsonNode.Parse(json) as JsonObject ?? throw new InvalidOperationException("The compiled template is not a JSON object."));

    /// <summary>Every resource, modules included (their nested deployment templates are walked too).</summary>
    public IReadOnlyList<ArmResource> Resources => [.. Walk(Root)];

    public IReadOnlyList<ArmResource> ResourcesOfType(string type) =>
        [.. Resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase))];

    public ArmResource SingleResource(string type)
    {
        var matches = ResourcesOfType(type);
        Assert.True(matches.Count == 1, $"Expected exactly one {type} in the compiled template, found {matches.Count}.");
        return matches[0];
    }

    private static IEnumerable<ArmResource> Walk(JsonObject template)
    {
        // languageVersion 2.0 templates keep resources in an object keyed by symbolic name, older ones in an array.
        IEnumerable<JsonNode?> resources = template["resources"] switch
        {
            JsonArray array => array,
            JsonObject byName => byName.Select(pair => pair.Value),
            _ => [],
        };
        foreach (var resource in resources.OfType<JsonObject>())
        {
            var type = resource["type"]?.GetValue<string>() ?? "";
            if (string.Equals(type, "Microsoft.Resources/deployments", StringComparison.OrdinalIgnoreCase)
                && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Walk(nested))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return new ArmResource(type, resource, template);
            }
        }
    }
}
