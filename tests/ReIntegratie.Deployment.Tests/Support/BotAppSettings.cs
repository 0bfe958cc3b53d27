using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ReIntegratie.Deployment.Tests.Support;

/// <summary>
/// The configuration keys the bot reads, as declared in bot/appsettings.json, and the check that an App Service
/// setting name (<c>__</c> for <c>:</c>) addresses one of them.
/// </summary>
public sealed partial class BotAppSettings
{
    private static readonly string[] platformPrefixes = ["APPLICATIONINSIGHTS_", "WEBSITE_", "ASPNETCORE_"];
    private static readonly string[] platformNames = ["AZURE_CLIENT_ID"];

    private readonly Dictionary<string, JsonNode?> leaves = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> arrays = new(StringComparer.OrdinalIgnoreCase);

    public BotAppSettings(JsonObject appSettings)
    {
        Collect(appSettings, prefix: "");
    }

    public static BotAppSettings Load() =>
        new(JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("bot", "appsettings.json"))) as JsonObject
            ?? throw new InvalidOperationException("bot/appsettings.json is not a JSON object."));

    /// <summary>Leaf keys and array keys, with <c>:</c> separators.</summary>
    public IEnumerable<string> Keys => leaves.Keys.Concat(arrays).Order(StringComparer.Ordinal);

    public static bool IsPlatformSetting(string name) =>
        platformNames.Contains(name, StringComparer.Ordinal) || platformPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>
    /// True when the App Service setting name sets a value the bot reads: a leaf key of appsettings.json, or an
    /// element (<c>__0</c>, <c>__1</c>…) of an array key. Sections (objects) and unknown keys are not.
    /// </summary>
    public bool Declares(string appServiceSettingName)
    {
        var key = appServiceSettingName.Replace("__", ":", StringComparison.Ordinal);
        if (leaves.ContainsKey(key))
        {
            return true;
        }

        var element = ArrayElement().Match(key);
        return element.Success && arrays.Contains(element.Groups["array"].Value);
    }

    private void Collect(JsonObject section, string prefix)
    {
        foreach (var (name, value) in section)
        {
            var key = prefix + name;
            switch (value)
            {
                case JsonObject child:
                    Collect(child, key + ":");
                    break;
                case JsonArray:
                    arrays.Add(key);
                    break;
                default:
                    leaves[key] = value;
                    break;
            }
        }
    }

    [GeneratedRegex(@"^(?<array>.+):\d+$")]
    private static partial Regex ArrayElement();
}
