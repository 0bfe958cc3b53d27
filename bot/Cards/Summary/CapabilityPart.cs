using System.Text.Json.Nodes;
using ReIntegratie.Domain.Summary;

namespace ReIntegratie.Bot.Cards.Summary;

/// <summary>
/// The capability list on the card: the counts, the discrepancies and the capabilities highlighted,
/// the three circles, and the other values with their ratings behind a toggle. Ratings are the client's own
/// numbers; outcomes are the list's rules, not a judgement.
/// </summary>
internal sealed class CapabilityPart(SummaryCardTexts texts, SummaryLabels labels, ClientText client)
{
    public const string OtherValuesId = "values-other";

    public IEnumerable<JsonNode> Render(CapabilityBlock block)
    {
        yield return CardElements.Title(block.Title, size: "Default");
        yield return CardElements.Note(block.Legend);
        yield return AdaptiveCard.TextBlock(block.CountsText, bold: true);

        var discrepancies = block.Discrepancies.ToList();
        if (discrepancies.Count > 0)
        {
            yield return Group(labels.Discrepancies, texts.Text(SummaryCardTextKeys.DiscrepanciesNote), "warning", discrepancies);
        }

        var capabilities = block.Capabilities.ToList();
        if (capabilities.Count > 0)
        {
            yield return Group(labels.Capabilities, texts.Text(SummaryCardTextKeys.CapabilitiesNote), "good", capabilities);
        }

        if (block.Circles.Count > 0)
        {
            yield return AdaptiveCard.TextBlock(labels.Circles, bold: true).With("spacing", "Medium");
            yield return CardElements.Note(texts.Text(SummaryCardTextKeys.CirclesNote));
            yield return AdaptiveCard.FactSet(block.Circles.Select(circle => (circle.Title, Names(circle.ValueNames))));
        }

        // The values in neither group (and those not rated): the groups above show the rest.
        var others = block.AllValues.Where(value => !value.Score.IsDiscrepancy && !value.Score.IsCapability).ToList();
        if (others.Count > 0)
        {
            yield return AdaptiveCard.Container([AdaptiveCard.FactSet(others.Select(value => (Name(value), Line(value))))], id: OtherValuesId);
        }
    }

    private JsonObject Group(string title, string note, string style, IEnumerable<ValueResult> values)
    {
        var items = new List<JsonNode?>
        {
            AdaptiveCard.TextBlock(title, bold: true),
            CardElements.Note(note),
        };
        foreach (var value in values)
        {
            items.Add(AdaptiveCard.TextBlock(Name(value), bold: true).With("spacing", "Small"));
            items.Add(AdaptiveCard.TextBlock(Line(value)).With("spacing", "None"));
        }

        return AdaptiveCard.Container(items, style: style).With("spacing", "Medium");
    }

    /// <summary>The value's name; the eighth value is the client's own words: escaped and labelled.</summary>
    private string Name(ValueResult value) =>
        value.IsClientWords
            ? texts.Format(SummaryCardTextKeys.ExtraValueName, ("name", client.Name(value.Name, ClientTextLimit.ValueName)), ("label", labels.ExtraValue))
            : value.Name;

    private string Line(ValueResult value) =>
        texts.Format(SummaryCardTextKeys.ValueLine, ("ratings", value.RatingsText), ("outcome", value.OutcomeText));

    /// <summary>The names in a circle; the eighth value's name is client text, so every name is escaped.</summary>
    private string Names(IReadOnlyList<string> names) =>
        names.Count == 0
            ? texts.Text(SummaryCardTextKeys.CircleEmpty)
            : string.Join(", ", names.Select(name => client.Name(name, ClientTextLimit.ValueName)));
}
