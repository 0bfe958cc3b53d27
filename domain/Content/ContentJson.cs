using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Content;

/// <summary>How the content files under Content/Data are read: camelCase names, enums by name.</summary>
internal static class ContentJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    public static T Read<T>(string name)
    {
        using var stream = EmbeddedContent.Open(name);
        try
        {
            return JsonSerializer.Deserialize<T>(stream, Options)
                ?? throw new InvalidDataException($"{name} is empty.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{name} cannot be read: {exception.Message}", exception);
        }
    }
}
