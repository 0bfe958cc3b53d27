using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReIntegratie.Benchmarks.Report;

/// <summary>
/// Writes bench/results.json and results-details.json so that each command keeps what the others
/// wrote: bench all rewrites its own figures and keeps the others' entries (reminders_10k, ...); bench
/// reminders and bench azurite-scaling set only their own.
/// </summary>
public static class ResultsFiles
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Sets one top-level entry of the JSON object in <paramref name="path"/> (created when missing).</summary>
    public static async Task SetEntryAsync(string path, string key, object value)
    {
        var root = await ReadObjectAsync(path);
        root[key] = JsonSerializer.SerializeToNode(value, value.GetType(), Indented);
        await File.WriteAllTextAsync(path, root.ToJsonString(Indented) + "\n");
    }

    /// <summary>
    /// Writes <paramref name="value"/> to <paramref name="path"/>, keeping the entries of what was there
    /// that the value does not have (those other commands wrote).
    /// </summary>
    public static async Task WriteKeepingOthersAsync(string path, object value)
    {
        var previous = await ReadObjectAsync(path);
        var root = JsonSerializer.SerializeToNode(value, value.GetType(), Indented) as JsonObject ?? [];
        foreach (var (key, kept) in previous)
        {
            if (kept is not null && !root.ContainsKey(key))
            {
                root[key] = kept.DeepClone();
            }
        }

        await File.WriteAllTextAsync(path, root.ToJsonString(Indented) + "\n");
    }

    private static async Task<JsonObject> ReadObjectAsync(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(await File.ReadAllTextAsync(path)) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
