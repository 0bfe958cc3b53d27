using System.Text.Json.Nodes;

namespace ReIntegratie.Deployment.Tests.Support;

/// <summary>A resource in a compiled ARM template, with the (possibly nested module) template that declares it.</summary>
public sealed record ArmResource(string Type, JsonObject Body, JsonObject DeclaringTemplate)
{
    public JsonNode? Properties => Body["properties"];

    /// <summary>The value of a variable of the declaring template, e.g. a role definition id.</summary>
    public string? Variable(string name) => DeclaringTemplate["variables"]?[name]?.GetValue<string>();
}
