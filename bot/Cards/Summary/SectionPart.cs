using System.Text.Json.Nodes;
using ReIntegratie.Domain.Summary;

namespace ReIntegratie.Bot.Cards.Summary;

/// <summary>
/// One section of the summary on the card, in the domain's order (agenda first, then what matters,
/// ..., what was skipped or not shared, the open questions): its title, its note, and its blocks.
/// </summary>
internal sealed class SectionPart(SummaryCardTexts texts, PreparationSummary summary, ClientText client, ClientTextLimit limit)
{
    private readonly CapabilityPart capabilities = new(texts, summary.Labels, client);
    private readonly CardAnswersPart cards = new(texts, summary.Labels, client);

    /// <summary>The eighth value's id: open questions about it hold the client's words.</summary>
    private readonly string? extraValueId = summary.Capabilities?.ExtraValue?.ValueId;

    public JsonObject Render(SummarySection section)
    {
        var items = new List<JsonNode?> { CardElements.Title(section.Title) };
        if (section.Note is { } note)
        {
            items.Add(CardElements.Note(note));
        }

        foreach (var block in section.Blocks)
        {
            items.AddRange(Render(block, section.Kind));
        }

        return CardElements.Section(items);
    }

    private IEnumerable<JsonNode> Render(SummaryBlock block, SummarySectionKind kind) => block switch
    {
        OwnAgendaBlock agenda => [OwnAgenda(agenda)],
        CapabilityBlock list => capabilities.Render(list),
        CardAnswersBlock answers => cards.Render(answers, limit.AnswerChars),
        GapsBlock gaps => [CardElements.Bullets(gaps.Gaps.Select(Gap))],
        OpenQuestionsBlock questions => [CardElements.Bullets(questions.Questions.Select(Question))],
        _ => [],
    };

    private JsonObject OwnAgenda(OwnAgendaBlock agenda) =>
        AdaptiveCard.Container(
            [
                AdaptiveCard.TextBlock(agenda.Title, bold: true),
                AdaptiveCard.TextBlock(client.Render(agenda.Text, limit.OtherChars)).With("spacing", "Small"),
            ],
            style: "emphasis");

    /// <summary>A gap, listed plainly: the part, the topic, and its kind. No reason, no interpretation.</summary>
    private string Gap(SummaryGap gap) =>
        gap.Topic is { } topic
            ? texts.Format(SummaryCardTextKeys.GapWithTopic, ("part", gap.Part), ("topic", topic), ("kind", gap.Label))
            : texts.Format(SummaryCardTextKeys.GapWithoutTopic, ("part", gap.Part), ("kind", gap.Label));

    private string Question(OpenQuestion question) =>
        question.ValueId is { } valueId && valueId == extraValueId ? client.Name(question.Text, int.MaxValue) : question.Text;
}
