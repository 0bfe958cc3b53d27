using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Summary;

/// <summary>
/// The capability list's part of the summary: the block with every value's ratings, outcome and
/// circle, the values and ratings not given (as gaps), and one open question per discrepancy (the
/// energielek question instead for a high a, low b and high c). The eighth value has no a: the client
/// named it as mattering more, so it shows as such, never as an invented number.
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
            if (score.Answer is not { } answer)
            {
                gaps.Add(writer.Gap(GapKind.NotAnswered, list.Title, value.Name));
                continue;
            }

            gaps.AddRange(SkippedRatings(answer.Importance is null, answer.Enablement is null && !answer.EnablementNotApplicable, answer.Realisation is null)
                .Select(rating => RatingGap(writer, list, writer.In(value.Name), rating)));
        }

        ValueResult? extra = null;
        if (profile.ExtraValue is { } extraScore)
        {
            var named = extraScore.Answer;
            extra = Result(answers, writer, list.ExtraValue.Id, named.Name, isClientWords: true, named.AsCapabilityAnswer(), extraScore.Score) with
            {
                Importance = null,
                RatingsText = Ratings(writer, writer.Text(SummaryTextKeys.RatingNamedByClient), named.Enablement, named.EnablementNotApplicable, named.Realisation),
            };
            gaps.AddRange(SkippedRatings(false, named.Enablement is null && !named.EnablementNotApplicable, named.Realisation is null)
                .Select(rating => RatingGap(writer, list, writer.Text(SummaryTextKeys.LabelExtraValue), rating)));
        }

        var questions = (extra is null ? values : values.Append(extra))
            .Where(value => value.Score.IsDiscrepancy)
            .Select(value => new OpenQuestion(
                value.Score.IsEnergyLeak ? OpenQuestionKind.EnergyLeak : OpenQuestionKind.Discrepancy,
                writer.Format(SummaryTextKeys.OpenQuestion(value.Score, answers.WorkSituation(content)), ("value", value.Name)),
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
            ("capabilities", Count(writer, values.Count(value => value.Score.IsCapability), values.Count, extra?.Score.IsCapability == true)),
            ("discrepancies", Count(writer, values.Count(value => value.Score.IsDiscrepancy), values.Count, extra?.Score.IsDiscrepancy == true)));
        var block = new CapabilityBlock(
            writer.Text(SummaryTextKeys.CapabilitiesTitle),
            writer.Text(SummaryTextKeys.CapabilitiesLegend),
            values,
            extra,
            counts,
            circles);
        return (block, gaps, questions);
    }

    /// <summary>"3 van 7", or "3 van 7 +1 eigen waarde" when the eighth value is in the same list.</summary>
    private static string Count(SummaryWriter writer, int count, int total, bool plusOwnValue) =>
        writer.Format(
            plusOwnValue ? SummaryTextKeys.CountPlusOwnValue : SummaryTextKeys.Count,
            ("count", SummaryWriter.Number(count)),
            ("total", SummaryWriter.Number(total)));

    private static IEnumerable<string> SkippedRatings(bool importance, bool enablement, bool realisation)
    {
        if (importance)
        {
            yield return SummaryTextKeys.SkippedImportance;
        }

        if (enablement)
        {
            yield return SummaryTextKeys.SkippedEnablement;
        }

        if (realisation)
        {
            yield return SummaryTextKeys.SkippedRealisation;
        }
    }

    private static SummaryGap RatingGap(SummaryWriter writer, CapabilityList list, string valueName, string ratingKey) =>
        new(GapKind.Skipped, writer.Text(SummaryTextKeys.Gap(GapKind.Skipped)), writer.In(list.Title), writer.Format(ratingKey, ("value", valueName)));

    private static string Ratings(SummaryWriter writer, string a, int? enablement, bool enablementNotApplicable, int? realisation) =>
        writer.Format(
            SummaryTextKeys.Ratings,
            ("a", a),
            ("b", Rating(writer, enablement, enablementNotApplicable)),
            ("c", Rating(writer, realisation, notApplicable: false)));

    private static ValueResult Result(
        PreparationAnswers answers,
        SummaryWriter writer,
        string valueId,
        string name,
        bool isClientWords,
        CapabilityAnswer? answer,
        CapabilityScore score)
    {
        var ratings = Ratings(
            writer, Rating(writer, answer?.Importance, notApplicable: false), answer?.Enablement, answer?.EnablementNotApplicable == true, answer?.Realisation);
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
