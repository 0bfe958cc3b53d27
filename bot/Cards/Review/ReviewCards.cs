using System.Text.Json.Nodes;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Cards.Review;

/// <summary>
/// The review as cards: one small card per part, each answer with its own "Wijzig" button (every
/// button in an action set of its own, with a tooltip that names the answer), and the closing card
/// with a share switch per part and the share button.
/// </summary>
public sealed class ReviewCards(TextCatalog texts)
{
    /// <summary>What a "Wijzig" button answers: this prefix and the step it opens.</summary>
    public const string ChangePrefix = "change:";

    public const string TogglePrefix = "share.";

    public JsonObject Part(ReviewPart part, Language language)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCard.TextBlock(part.Title + (part.Shared ? "" : " " + texts.Get("journey.answers.notShared", language)), bold: true),
        };
        foreach (var item in part.Items)
        {
            body.Add(Answer(item, language));
        }

        return AdaptiveCard.Card(body);
    }

    /// <summary>The share switches and button; <paramref name="intro"/> only where the message carries no text of its own (Teams).</summary>
    public JsonObject Sharing(IEnumerable<ReviewPart> parts, string? intro, string shareTitle, JsonObject shareData, Language language)
    {
        var body = new List<JsonNode?> { intro is null ? null : AdaptiveCard.TextBlock(intro) };
        body.AddRange(parts.Select(part => (JsonNode?)AdaptiveCard.Toggle(
            TogglePrefix + part.Id,
            texts.Format("journey.review.shareToggle", language, new Dictionary<string, string> { ["part"] = part.Title }),
            part.Shared)));
        return AdaptiveCard.Card(body, [AdaptiveCard.Submit(shareTitle, shareData)]);
    }

    private JsonObject Answer(ReviewItem item, Language language)
    {
        var answer = AdaptiveCard.TextBlock(item.Answer);
        answer["spacing"] = "None";
        var text = new JsonObject
        {
            ["type"] = "Column",
            ["width"] = "stretch",
            ["verticalContentAlignment"] = "Center",
            ["items"] = new JsonArray(
                AdaptiveCard.TextBlock(item.Label, subtle: true),
                answer),
        };
        var columns = new JsonArray(text);
        if (item.ChangeTarget is { } target)
        {
            var change = AdaptiveCard.Submit(texts.Get("review.change", language), new JsonObject { ["answer"] = ChangePrefix + target }, withInputs: false);
            change["tooltip"] = texts.Format("review.changeTooltip", language, new Dictionary<string, string> { ["topic"] = item.Label });
            columns.Add(new JsonObject
            {
                ["type"] = "Column",
                ["width"] = "auto",
                ["verticalContentAlignment"] = "Center",
                ["items"] = new JsonArray(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(change) }),
            });
        }

        return new JsonObject { ["type"] = "ColumnSet", ["columns"] = columns, ["separator"] = true, ["spacing"] = "Small" };
    }
}
