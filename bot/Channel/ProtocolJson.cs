using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReIntegratie.Bot.Channel;

/// <summary>Serializer settings of the wire protocol: camelCase, nulls omitted, bounded depth.</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 64,
    };
}
