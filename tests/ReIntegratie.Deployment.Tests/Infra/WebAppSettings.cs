using System.Text.Json.Nodes;
using ReIntegratie.Deployment.Tests.Support;

namespace ReIntegratie.Deployment.Tests.Infra;

/// <summary>The app settings the compiled template gives the web app (siteConfig.appSettings).</summary>
public static class WebAppSettings
{
    public static IReadOnlyDictionary<string, string> Read(ArmTemplate template)
    {
        var site = template.SingleResource("Microsoft.Web/sites");
        var settings = site.Properties?["siteConfig"]?["appSettings"] as JsonArray;
        Assert.True(
            settings is not null,
            "siteConfig.appSettings of the web app must be a literal array of { name, value } in the compiled template, so its names can be checked.");
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var setting in settings.OfType<JsonObject>())
        {
            var name = setting["name"]?.GetValue<string>();
            Assert.False(string.IsNullOrEmpty(name) || name.StartsWith('['), $"App setting names must be literal strings; found {setting.ToJsonString()}.");
            Assert.True(byName.TryAdd(name, setting["value"]?.ToJsonString() ?? "null"), $"App setting {name} is set twice.");
        }

        return byName;
    }
}
