using System.Text.Json.Nodes;
using ReIntegratie.Domain.Summary;

namespace ReIntegratie.Bot.Cards.Summary;

/// <summary>
/// The top of the summary, readable without a click: who comes and what they want (own agenda and goal),
/// where they stand (their chosen sentence of card 2 with their confidence number, then the method's
/// suggestion for the professional), the first step, energy in one line, the discrepancies and
/// capabilities by name, and what was not shared. Everything stays the client's own words.
/// </summary>
internal sealed class FirstScreenPart(SummaryCardTexts texts, PreparationSummary summary, ClientText client)
{
    private const string GoalQuestion = "conversation-goal";
    private const string PatternQuestion = "stuck-pattern";
    private const string ConfidenceQuestion = "confidence";
    private const string FirstStepQuestion = "small-step";
    private const string EnergyQuestion = "energy";

    /// <summary>Energy is shown in one line: at most this many characters of the client's words.</summary>
    private const int EnergyChars = 120;

    public IEnumerable<JsonNode> Render(ClientTextLimit limit)
    {
        var answers = summary.Blocks.OfType<CardAnswersBlock>().SelectMany(block => block.Answers).ToDictionary(answer => answer.QuestionId);
        var facts = new List<(string, string)>();
        if (summary.Blocks.OfType<OwnAgendaBlock>().FirstOrDefault() is { } agenda)
        {
            facts.Add((agenda.Title, client.Render(agenda.Text, limit.OtherChars)));
        }

        AddText(facts, answers, GoalQuestion, SummaryCardTextKeys.FirstGoal, limit.OtherChars);
        if (answers.GetValueOrDefault(PatternQuestion) is { Choices: [var chosen, ..] })
        {
            facts.Add((texts.Text(SummaryCardTextKeys.FirstPattern), chosen.Label));
        }

        if (answers.GetValueOrDefault(ConfidenceQuestion)?.Scale is { } confidence)
        {
            facts.Add((texts.Text(SummaryCardTextKeys.FirstConfidence), confidence.Text));
        }

        AddText(facts, answers, FirstStepQuestion, SummaryCardTextKeys.FirstStep, limit.OtherChars);
        AddText(facts, answers, EnergyQuestion, SummaryCardTextKeys.FirstEnergy, Math.Min(EnergyChars, limit.OtherChars));
        if (summary.Capabilities is { } list)
        {
            facts.Add((summary.Labels.Discrepancies, Names(list.Discrepancies)));
            facts.Add((summary.Labels.Capabilities, Names(list.Capabilities)));
        }

        var gaps = summary.Gaps.Select(gap => gap.Topic is { } topic ? topic : gap.Part).Distinct(StringComparer.Ordinal).ToList();
        facts.Add((texts.Text(SummaryCardTextKeys.FirstGaps), gaps.Count == 0 ? texts.Text(SummaryCardTextKeys.FirstNoGaps) : string.Join("; ", gaps)));
        yield return AdaptiveCard.FactSet(facts).With("spacing", "Medium");

        if (answers.GetValueOrDefault(PatternQuestion) is { Choices: [{ MethodTerm: { } term } choice, ..] })
        {
            yield return CardElements.Note(texts.Format(SummaryCardTextKeys.FirstMethodSuggestion, ("term", term), ("approach", choice.Approach ?? "")));
        }
    }

    private void AddText(List<(string, string)> facts, Dictionary<string, SummaryAnswer> answers, string questionId, string labelKey, int chars)
    {
        if (answers.GetValueOrDefault(questionId) is not { } answer)
        {
            return;
        }

        var text = client.Render(answer.Text, chars);
        var shown = string.Join(" · ", answer.Choices.Select(choice => choice.Label).Append(text).Where(part => part.Length > 0));
        if (shown.Length > 0)
        {
            facts.Add((texts.Text(labelKey), shown));
        }
    }

    private string Names(IEnumerable<ValueResult> values)
    {
        var names = values.Select(value => value.IsClientWords ? client.Name(value.Name, ClientTextLimit.ValueName) : value.Name).ToList();
        return names.Count == 0 ? texts.Text(SummaryCardTextKeys.FirstNone) : string.Join(", ", names);
    }
}
