using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReIntegratie.Bot.Storage;

/// <summary>How stored documents are written: camelCase, enums as text, nulls omitted.</summary>
public static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
