using System.Text.Json;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Dialogs.Engine;

/// <summary>Typed reads and writes of a dialog's JSON state, so dialogs keep records, not casts.</summary>
public static class DialogStateValues
{
    public static T? Get<T>(this JsonObject state, string name) =>
        state.TryGetPropertyValue(name, out var node) && node is not null
            ? node.Deserialize<T>(StorageJson.Options)
            : default;

    public static void Set<T>(this JsonObject state, string name, T value) =>
        state[name] = JsonSerializer.SerializeToNode(value, StorageJson.Options);

    public static JsonNode? ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, StorageJson.Options);

    public static T? As<T>(this JsonNode? node) => node is null ? default : node.Deserialize<T>(StorageJson.Options);
}
