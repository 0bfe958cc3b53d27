using System.Globalization;
using System.Text.Json.Nodes;
using ReIntegratie.Domain.Summary;

namespace ReIntegratie.Bot.Cards.Summary;

/// <summary>
/// One shared card on the summary: its title, the answers, and after them the "waar sta je nu" pattern
/// with the method's matching approach when the client chose one. All the client's words are shortened to the
/// limit and escaped. The whole summary below the first screen opens with one button, not one per card.
/// </summary>
internal sealed class CardAnswersPart(SummaryCardTexts texts, SummaryLabels labels, ClientText client)
{
    public static string AnswersId(CardAnswersBlock block) => "answers-" + block.CardId;

    public IEnumerable<JsonNode> Render(CardAnswersBlock block, int answerChars)
    {
        yield return AdaptiveCard.TextBlock(
            texts.Format(SummaryCardTextKeys.CardTitle, ("number", block.CardNumber.ToString(CultureInfo.InvariantCulture)), ("title", block.Title)),
            bold: true).With("spacing", "Medium");

        yield return AdaptiveCard.Container(block.Answers.SelectMany(answer => Answer(answer, answerChars)), id: AnswersId(block));

        // The method's reading comes after the client's own words, as a suggestion to the professional.
        foreach (var choice in block.Answers.SelectMany(answer => answer.Choices).Where(choice => choice.MethodTerm is not null || choice.Approach is not null))
        {
            yield return Pattern(choice);
        }
    }

    private JsonObject Pattern(SummaryChoice choice)
    {
        var facts = new List<(string, string)> { (texts.Text(SummaryCardTextKeys.PatternChoice), choice.Label) };
        if (choice.MethodTerm is { } term)
        {
            facts.Add((labels.MethodTerm, term));
        }

        if (choice.Approach is { } approach)
        {
            facts.Add((labels.Approach, approach));
        }

        return AdaptiveCard.Container(
            [AdaptiveCard.TextBlock(texts.Text(SummaryCardTextKeys.PatternTitle), bold: true), AdaptiveCard.FactSet(facts)],
            style: "accent");
    }

    private IEnumerable<JsonNode> Answer(SummaryAnswer answer, int answerChars)
    {
        yield return AdaptiveCard.TextBlock(answer.Question, bold: true, subtle: true).With("spacing", "Small");
        if (answer.Choices.Count == 1)
        {
            yield return AdaptiveCard.TextBlock(answer.Choices[0].Label).With("spacing", "None");
        }
        else if (answer.Choices.Count > 1)
        {
            yield return CardElements.Bullets(answer.Choices.Select(choice => choice.Label)).With("spacing", "None");
        }

        if (answer.Scale is { } scale)
        {
            yield return AdaptiveCard.TextBlock(scale.Text).With("spacing", "None");
        }

        var text = client.Render(answer.Text, answerChars);
        if (text.Length > 0)
        {
            yield return AdaptiveCard.TextBlock(
                answer.Choices.Count > 0 ? texts.Format(SummaryCardTextKeys.OwnWords, ("text", text)) : text).With("spacing", "None");
        }
    }
}
