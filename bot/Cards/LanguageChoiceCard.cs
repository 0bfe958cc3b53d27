using System.Text.Json.Nodes;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Cards;

/// <summary>
/// The visible choice "Nederlands / English" at the start of a client's chat: two buttons whose submit
/// carries <c>{ "action": "language", "language": "nl" | "en" }</c>, handled like the typed command.
/// </summary>
public static class LanguageChoiceCard
{
    public const string Action = "language";

    /// <summary>A line and two buttons, for the top of a card's body.</summary>
    public static IEnumerable<JsonNode> Elements(TextCatalog texts, Language language)
    {
        yield return AdaptiveCard.TextBlock(texts.Get("journey.language.choice", language), subtle: true);
        yield return new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray(
                Button(texts.Get("journey.language.dutch", language), Language.Dutch),
                Button(texts.Get("journey.language.english", language), Language.English)),
        };
    }

    private static JsonObject Button(string title, Language language) =>
        AdaptiveCard.Submit(title, new JsonObject { ["action"] = Action, ["language"] = language.ToCode() }, withInputs: false);
}
