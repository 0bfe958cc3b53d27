namespace ReIntegratie.Bot.Cards.Summary;

/// <summary>The text keys of the summary card (texts/summarycard.json); the summary's own texts come with the domain summary.</summary>
public static class SummaryCardTextKeys
{
    public const string Heading = "summaryCard.heading";
    public const string HeadingWithoutName = "summaryCard.headingWithoutName";
    public const string FactAppointment = "summaryCard.fact.appointment";
    public const string FactStatus = "summaryCard.fact.status";
    public const string FactProgress = "summaryCard.fact.progress";
    public const string NotShared = "summaryCard.notShared";
    public const string BsnMasked = "summaryCard.bsnMasked";

    public const string ActionRefresh = "summaryCard.action.refresh";
    public const string ActionResendInvitation = "summaryCard.action.resendInvitation";
    public const string ActionDeleteClientData = "summaryCard.action.deleteClientData";

    public const string DiscrepanciesNote = "summaryCard.capabilities.discrepanciesNote";
    public const string CapabilitiesNote = "summaryCard.capabilities.capabilitiesNote";
    public const string ValueLine = "summaryCard.capabilities.valueLine";
    public const string ExtraValueName = "summaryCard.capabilities.extraValueName";
    public const string CirclesNote = "summaryCard.circles.note";
    public const string CircleEmpty = "summaryCard.circles.empty";

    public const string CardTitle = "summaryCard.answers.cardTitle";
    public const string OwnWords = "summaryCard.answers.ownWords";
    public const string Shortened = "summaryCard.answers.shortened";
    public const string Omitted = "summaryCard.answers.omitted";

    public const string PatternTitle = "summaryCard.pattern.title";
    public const string PatternChoice = "summaryCard.pattern.choice";

    public const string FirstGoal = "summaryCard.first.goal";
    public const string FirstPattern = "summaryCard.first.pattern";
    public const string FirstConfidence = "summaryCard.first.confidence";
    public const string FirstStep = "summaryCard.first.step";
    public const string FirstEnergy = "summaryCard.first.energy";
    public const string FirstGaps = "summaryCard.first.gaps";
    public const string FirstNoGaps = "summaryCard.first.noGaps";
    public const string FirstNone = "summaryCard.first.none";
    public const string FirstMethodSuggestion = "summaryCard.first.methodSuggestion";
    public const string ShowAll = "summaryCard.showAll";

    public const string RegistrationsTitle = "summaryCard.registrations.title";
    public const string RegistrationsNote = "summaryCard.registrations.note";
    public const string RegistrationsMore = "summaryCard.registrations.more";

    public const string RegistrationsHeading = "summaryCard.registrations.heading";
    public const string OmaTitle = "summaryCard.oma.title";
    public const string OmaCompletionLabel = "summaryCard.oma.completionLabel";
    public const string OmaCompletion = "summaryCard.oma.completion";
    public const string OmaDay = "summaryCard.oma.day";
    public const string OmaNotAnswered = "summaryCard.oma.notAnswered";
    public const string OmaLegend = "summaryCard.oma.legend";
    public const string OmaPatternsTitle = "summaryCard.oma.patternsTitle";
    public const string OmaPatternWeekday = "summaryCard.oma.patternWeekday";
    public const string OmaPatternEveryDay = "summaryCard.oma.patternEveryDay";
    public const string OmaNoPatterns = "summaryCard.oma.noPatterns";
    public const string OmaNotesTitle = "summaryCard.oma.notesTitle";
    public const string OmaNote = "summaryCard.oma.note";

    public const string GapWithTopic = "summaryCard.gap.withTopic";
    public const string GapWithoutTopic = "summaryCard.gap.withoutTopic";

    /// <summary>Every constant above, for the content tests.</summary>
    public static IEnumerable<string> All =>
        typeof(SummaryCardTextKeys).GetFields()
            .Where(constant => constant.IsLiteral)
            .Select(constant => (string)constant.GetRawConstantValue()!);
}
