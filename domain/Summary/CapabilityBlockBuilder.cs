using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Summary;

/// <summary>
/// The capability list's part of the summary: the block with every value's ratings, outcome and
/// circle, the values not rated (as gaps), and one open question per discrepancy (the energielek
/// question instead for a high a, low b and high c).
/// </summary>
internal static class CapabilityBlockBuilder
{
    public static (CapabilityBlock Block, IReadOnlyList<SummaryGap> Gaps, IReadOnlyList<OpenQuestion> Questions) Build(
        PreparationAnswers answers, PreparationContent content, SummaryWriter writer)
    {
        var list = content.Capabilities;
        var profile = CapabilityScoring.Profile(list, answers.Capabilities, answers.ExtraValue);
        var gaps = new List<SummaryGap>();
        var values = new List<ValueResult>();
        foreach (var score in profile.Values)
        {
            var value = list.FindValue(score.ValueId)!;
            values.Add(Result(answers, writer, score.ValueId, writer.In(value.Name), isClientWords: false, score.Answer, score.Score));
            if (score.Answer is null)
            {
                gaps.Add(writer.Gap(GapKind.NotAnswered, list.Title, value.Name));
            }
        }

        var extra = profile.ExtraValue is { } extraScore
            ? Result(answers, writer, list.ExtraValue.Id, extraScore.Answer.Name, isClientWords: true, extraScore.Answer.AsCapabilityAnswer(), extraScore.Score)
            : null;
        var questions = (extra is null ? values : values.Append(extra))
            .Where(value => value.Score.IsDiscrepancy)
            .Select(value => new OpenQuestion(
                value.Score.IsEnergyLeak ? OpenQuestionKind.EnergyLeak : OpenQuestionKind.Discrepancy,
                writer.Format(SummaryTextKeys.OpenQuestion(value.Score), ("value", value.Name)),
                ValueId: value.ValueId))
            .ToList();

        var offered = answers.ValuesToOffer(content);
        var circles = Enum.GetValues<Circle>()
            .Select(circle => new CircleGroup(
                circle,
                writer.In(list.Circles.For(circle).Title),
                answers.Circles.In(circle, offered)
                    .Select(valueId => list.NameOf(valueId, answers.ExtraValue, writer.Language) ?? valueId)
                    .ToList()))
            .ToList();
        var counts = writer.Format(
            SummaryTextKeys.CapabilitiesCounts,
            ("capabilities", SummaryWriter.Number(profile.CapabilityCount)),
            ("discrepancies", SummaryWriter.Number(profile.DiscrepancyCount)),
            ("total", SummaryWriter.Number(list.Values.Count)));
        var block = new CapabilityBlock(
            writer.Text(SummaryTextKeys.CapabilitiesTitle),
            writer.Text(SummaryTextKeys.CapabilitiesLegend),
            values,
            extra,
            profile.CapabilityCount,
            profile.DiscrepancyCount,
            counts,
            circles);
        return (block, gaps, questions);
    }

    private static ValueResult Result(
        PreparationAnswers answers,
        SummaryWriter writer,
        string valueId,
        string name,
        bool isClientWords,
        CapabilityAnswer? answer,
        CapabilityScore score)
    {
        var ratings = writer.Format(
            SummaryTextKeys.Ratings,
            ("a", Rating(writer, answer?.Importance, notApplicable: false)),
            ("b", Rating(writer, answer?.Enablement, answer?.EnablementNotApplicable == true)),
            ("c", Rating(writer, answer?.Realisation, notApplicable: false)));
        var outcome = writer.Text(answer is null ? SummaryTextKeys.OutcomeNotAnswered : SummaryTextKeys.Outcome(score));
        return new ValueResult(
            valueId,
            name,
            isClientWords,
            answer is not null,
            answer?.Importance,
            answer?.Enablement,
            answer?.EnablementNotApplicable == true,
            answer?.Realisation,
            ratings,
            score,
            outcome,
            answers.Circles.CircleOf(valueId));
    }

    private static string Rating(SummaryWriter writer, int? rating, bool notApplicable) =>
        notApplicable ? writer.Text(SummaryTextKeys.RatingNotApplicable)
        : rating is int value ? SummaryWriter.Number(value)
        : writer.Text(SummaryTextKeys.RatingMissing);
}
