using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Summary;

/// <summary>The text keys the summary uses (texts/summary.json).</summary>
public static class SummaryTextKeys
{
    public const string OwnWords = "summary.ownWords";
    public const string Footer = "summary.footer";
    public const string ScaleOwnNumber = "summary.scale.ownNumber";

    public const string CapabilitiesTitle = "summary.capabilities.title";
    public const string CapabilitiesLegend = "summary.capabilities.legend";
    public const string CapabilitiesCounts = "summary.capabilities.counts";
    public const string Count = "summary.capabilities.count";
    public const string CountPlusOwnValue = "summary.capabilities.countPlusOwnValue";
    public const string Ratings = "summary.capabilities.ratings";
    public const string RatingNamedByClient = "summary.capabilities.namedByClient";
    public const string SkippedImportance = "summary.capabilities.skipped.importance";
    public const string SkippedEnablement = "summary.capabilities.skipped.enablement";
    public const string SkippedRealisation = "summary.capabilities.skipped.realisation";
    public const string RatingNotApplicable = "summary.capabilities.notApplicable";
    public const string RatingMissing = "summary.capabilities.missing";
    public const string OutcomeCapability = "summary.capabilities.outcome.capability";
    public const string OutcomeNeither = "summary.capabilities.outcome.neither";
    public const string OutcomeNotAnswered = "summary.capabilities.outcome.notAnswered";
    public const string OutcomeViaEnablement = "summary.capabilities.outcome.viaEnablement";
    public const string OutcomeViaRealisation = "summary.capabilities.outcome.viaRealisation";
    public const string OutcomeViaBoth = "summary.capabilities.outcome.viaBoth";
    public const string OutcomeEnergyLeak = "summary.capabilities.outcome.energyLeak";

    public const string OpenHowWasIt = "summary.open.howWasIt";
    public const string OpenWhatStrikes = "summary.open.whatStrikes";
    public const string OpenViaEnablement = "summary.open.discrepancy.viaEnablement";
    public const string OpenViaRealisation = "summary.open.discrepancy.viaRealisation";
    public const string OpenViaBoth = "summary.open.discrepancy.viaBoth";
    public const string OpenEnergyLeak = "summary.open.energyLeak";
    public const string OpenViaEnablementWithoutWork = "summary.open.discrepancy.viaEnablement.withoutWork";
    public const string OpenViaBothWithoutWork = "summary.open.discrepancy.viaBoth.withoutWork";
    public const string OpenEnergyLeakWithoutWork = "summary.open.energyLeak.withoutWork";
    public const string OpenSkipped = "summary.open.skipped";
    public const string OpenRatherTell = "summary.open.ratherTell";

    public const string LabelMethodTerm = "summary.label.methodTerm";
    public const string LabelApproach = "summary.label.approach";
    public const string LabelExtraValue = "summary.label.extraValue";
    public const string LabelCapabilities = "summary.label.capabilities";
    public const string LabelDiscrepancies = "summary.label.discrepancies";
    public const string LabelCircles = "summary.label.circles";

    /// <summary>Every constant above, for the content consistency test.</summary>
    public static IEnumerable<string> All =>
        typeof(SummaryTextKeys).GetFields()
            .Where(constant => constant.IsLiteral)
            .Select(constant => (string)constant.GetRawConstantValue()!)
            .Concat(Enum.GetValues<SummarySectionKind>().Select(SectionTitle))
            .Concat(Enum.GetValues<GapKind>().Select(Gap));

    /// <summary>E.g. "summary.section.dayAndEnergy.title".</summary>
    public static string SectionTitle(SummarySectionKind kind) => $"summary.section.{Camel(kind)}.title";

    /// <summary>E.g. "summary.section.dayAndEnergy.note"; a section has a note when this key exists.</summary>
    public static string SectionNote(SummarySectionKind kind) => $"summary.section.{Camel(kind)}.note";

    public static string Gap(GapKind kind) => $"summary.gap.{Camel(kind)}";

    public static string Outcome(CapabilityScore score) => score switch
    {
        { IsCapability: true } => OutcomeCapability,
        { IsEnergyLeak: true } => OutcomeEnergyLeak,
        { Via: DiscrepancyVia.Enablement } => OutcomeViaEnablement,
        { Via: DiscrepancyVia.Realisation } => OutcomeViaRealisation,
        { Via: DiscrepancyVia.Both } => OutcomeViaBoth,
        _ => OutcomeNeither,
    };

    /// <summary>
    /// The opener for a discrepancy. For a client without work (or who did not say) question b was
    /// about their last or hoped-for work, so the openers through b say so.
    /// </summary>
    public static string OpenQuestion(CapabilityScore score, WorkSituation situation) =>
        !CapabilityQuestion.UsesWithoutWorkWording(situation) ? OpenQuestion(score) : score switch
        {
            { IsEnergyLeak: true } => OpenEnergyLeakWithoutWork,
            { Via: DiscrepancyVia.Enablement } => OpenViaEnablementWithoutWork,
            { Via: DiscrepancyVia.Both } => OpenViaBothWithoutWork,
            _ => OpenQuestion(score),
        };

    public static string OpenQuestion(CapabilityScore score) => score switch
    {
        { IsEnergyLeak: true } => OpenEnergyLeak,
        { Via: DiscrepancyVia.Enablement } => OpenViaEnablement,
        { Via: DiscrepancyVia.Realisation } => OpenViaRealisation,
        { Via: DiscrepancyVia.Both } => OpenViaBoth,
        _ => throw new ArgumentOutOfRangeException(nameof(score), score, "Only a discrepancy has an open question."),
    };

    private static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
