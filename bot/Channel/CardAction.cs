using System.Text.Json;

namespace ReIntegratie.Bot.Channel;

/// <summary>A button in suggested actions or a hero card (type imBack, messageBack, postBack, openUrl).</summary>
public sealed class CardAction
{
    public string? Type { get; set; }
    public string? Title { get; set; }
    public JsonElement? Value { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }

    public static CardAction ImBack(string title, string value) =>
        new() { Type = "imBack", Title = title, Value = JsonSerializer.SerializeToElement(value) };
}
