using System.Globalization;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Registrations;

/// <summary>The text keys of the registration assignments (texts/registration.json), and the texts that need filling in.</summary>
public static class RegistrationTextKeys
{
    /// <summary>The placeholder a limit fills in problem and entry texts.</summary>
    public const string NumberPlaceholder = "number";

    public const string OmaComplaintQuestion = "registration.oma.complaint.question";
    public const string OmaTimesExplained = "registration.oma.times.explained";
    public const string OmaQuestionOccurred = "registration.oma.question.occurred";
    public const string OmaAnswerYes = "registration.oma.answer.yes";
    public const string OmaAnswerNo = "registration.oma.answer.no";
    public const string OmaQuestionWhatHappened = "registration.oma.question.whatHappened";
    public const string OmaQuestionThoughtOrFeeling = "registration.oma.question.thoughtOrFeeling";
    public const string OmaTextsOptional = "registration.oma.question.optional";
    public const string OmaWeekTwoIntro = "registration.oma.weekTwo.intro";

    public const string ReminderOmaFollowUp = "registration.reminder.oma.followUp";
    public const string ReminderOmaFollowUpNextMorning = "registration.reminder.oma.followUpNextMorning";
    public const string ReminderWorryTime = "registration.reminder.worryTime";
    public const string ReminderProblemInventory = "registration.reminder.problemInventory";
    public const string ReminderPauseHint = "registration.reminder.pauseHint";
    public const string ReminderPause = "registration.reminder.pause";
    public const string ReminderStop = "registration.reminder.stop";
    public const string ReminderStopConfirm = "registration.reminder.stopConfirm";
    public const string ReminderResume = "registration.reminder.resume";

    public const string WorryTimeQuestion = "registration.worry.time.question";
    public const string WorryQuestionTookPlace = "registration.worry.question.tookPlace";
    public const string WorryNotesPrompt = "registration.worry.notes.prompt";
    public const string WorryTookPlaceThanks = "registration.worry.tookPlace.thanks";
    public const string WorryNotTookPlace = "registration.worry.notTookPlace";
    public const string WorryExtraNotePrompt = "registration.worry.extraNote.prompt";

    public const string InventoryConcreteHint = "registration.inventory.concreteHint";
    public const string InventoryAddPrompt = "registration.inventory.add.prompt";
    public const string InventoryMarkQuestion = "registration.inventory.mark.question";
    public const string InventoryProgress = "registration.inventory.progress";

    public const string ConfirmPaused = "registration.confirm.paused";
    public const string ConfirmResumed = "registration.confirm.resumed";
    public const string ConfirmStopQuestion = "registration.confirm.stopQuestion";
    public const string ConfirmStopped = "registration.confirm.stopped";
    public const string ConfirmCompleted = "registration.confirm.completed";
    public const string ConfirmTimesChanged = "registration.confirm.timesChanged";
    public const string TimesAnd = "registration.times.and";

    public const string SharingQuestion = "registration.sharing.question";
    public const string SharingWorryExplained = "registration.sharing.worryExplained";
    public const string SharingOn = "registration.sharing.on";
    public const string SharingOff = "registration.sharing.off";

    public const string OverviewTitle = "registration.overview.title";
    public const string OverviewDayColumn = "registration.overview.dayColumn";
    public const string OverviewWeek = "registration.overview.week";
    public const string OverviewLate = "registration.overview.late";
    public const string OverviewCompletion = "registration.overview.completion";
    public const string OverviewCompletionNone = "registration.overview.completionNone";
    public const string OverviewSlots = "registration.overview.slots";
    public const string OverviewLegend = "registration.overview.legend";

    public const string PatternIntro = "registration.pattern.intro";
    public const string PatternNone = "registration.pattern.none";
    public const string PatternProfessionalNote = "registration.pattern.professionalNote";
    public const string PatternWeekdaySlot = "registration.pattern.weekdaySlot";
    public const string PatternWeekdaySlotCounted = "registration.pattern.weekdaySlotCounted";
    public const string PatternEveryDaySlot = "registration.pattern.everyDaySlot";
    public const string PatternEveryDaySlotCounted = "registration.pattern.everyDaySlotCounted";

    /// <summary>Every key the code uses, for the content consistency test.</summary>
    public static IEnumerable<string> All =>
        typeof(RegistrationTextKeys).GetFields()
            .Where(constant => constant.IsLiteral && constant.Name != nameof(NumberPlaceholder))
            .Select(constant => (string)constant.GetRawConstantValue()!)
            .Concat(Enum.GetValues<RegistrationType>().SelectMany(type => new[] { TypeTitle(type), TypeWhat(type), TypeWhy(type) }))
            .Concat(Enum.GetValues<RegistrationStatus>().Select(Status))
            .Concat(Enum.GetValues<OmaSlot>().SelectMany(slot => new[] { Slot(slot), SlotQuestion(slot) }))
            .Concat(Enum.GetValues<DayPart>().SelectMany(part => new[] { DayPartName(part), OmaReminder(part) }))
            .Concat(Enum.GetValues<DayOfWeek>().Select(Weekday))
            .Concat(Enum.GetValues<RegistrationProblem>().Select(Problem))
            .Concat(Enum.GetValues<EntryOutcome>().Select(Entry))
            .Concat(Enum.GetValues<OmaCellState>().Select(CellState))
            .Concat(Enum.GetValues<StressorCategory>().SelectMany(category => new[] { Category(category), PlanPrompt(category) }))
            .Concat(Enum.GetValues<InventoryStep>().Select(InventoryStepKey));

    /// <summary>E.g. "registration.type.omaRegistration.title": the name of the assignment.</summary>
    public static string TypeTitle(RegistrationType type) => $"registration.type.{Camel(type)}.title";

    /// <summary>What the client does, in two or three plain sentences.</summary>
    public static string TypeWhat(RegistrationType type) => $"registration.type.{Camel(type)}.what";

    /// <summary>Why it helps, from the method (no claims beyond it).</summary>
    public static string TypeWhy(RegistrationType type) => $"registration.type.{Camel(type)}.why";

    public static string Status(RegistrationStatus status) => $"registration.status.{Camel(status)}";

    /// <summary>E.g. "registration.slot.afternoonSecondHalf" ("2e helft middag").</summary>
    public static string Slot(OmaSlot slot) => $"registration.slot.{Camel(slot)}";

    /// <summary>E.g. "registration.oma.slotQuestion.morningFirstHalf" ("Had je {complaint} in de eerste helft van de ochtend?").</summary>
    public static string SlotQuestion(OmaSlot slot) => $"registration.oma.slotQuestion.{Camel(slot)}";

    /// <summary>The question a reminder asks for one slot, with the complaint as given (escaping is the renderer's job).</summary>
    public static string SlotQuestionText(OmaSlot slot, RegistrationAssignment assignment, TextCatalog texts, Language language)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Format(SlotQuestion(slot), language, new Dictionary<string, string> { ["complaint"] = assignment.Oma?.Complaint ?? string.Empty });
    }

    /// <summary>E.g. "registration.dayPart.morning" ("ochtend").</summary>
    public static string DayPartName(DayPart part) => $"registration.dayPart.{Camel(part)}";

    /// <summary>The regular OMA reminder of a part of the day, e.g. "registration.reminder.oma.morning" ("Hoe ging je ochtend? ...").</summary>
    public static string OmaReminder(DayPart part) => $"registration.reminder.oma.{Camel(part)}";

    /// <summary>E.g. "registration.weekday.monday" ("maandag").</summary>
    public static string Weekday(DayOfWeek weekday) => $"registration.weekday.{Camel(weekday)}";

    public static string Problem(RegistrationProblem problem) => $"registration.problem.{Camel(problem)}";

    /// <summary>E.g. "registration.entry.tooLongAgo": the kind text after an entry.</summary>
    public static string Entry(EntryOutcome outcome) => $"registration.entry.{Camel(outcome)}";

    /// <summary>The legend of a grid cell, e.g. "registration.overview.cell.occurred".</summary>
    public static string CellState(OmaCellState state) => $"registration.overview.cell.{Camel(state)}";

    /// <summary>The A/B/C label, e.g. "registration.inventory.category.actNow".</summary>
    public static string Category(StressorCategory category) => $"registration.inventory.category.{Camel(category)}";

    /// <summary>The question for the plan of a marked stressor: approach (A), strategy (B), living with it (C).</summary>
    public static string PlanPrompt(StressorCategory category) => $"registration.inventory.plan.{Camel(category)}";

    public static string InventoryStepKey(InventoryStep step) => $"registration.inventory.step.{Camel(step)}";

    /// <summary>The key of the text a reminder sends.</summary>
    public static string Reminder(RegistrationReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return (reminder.Type, reminder.Kind, reminder.Part) switch
        {
            (RegistrationType.OmaRegistration, ReminderKind.Regular, { } part) => OmaReminder(part),
            (RegistrationType.OmaRegistration, ReminderKind.FollowUp, not null) when reminder.AsksAboutYesterday => ReminderOmaFollowUpNextMorning,
            (RegistrationType.OmaRegistration, ReminderKind.FollowUp, not null) => ReminderOmaFollowUp,
            (RegistrationType.WorryTime, _, _) => ReminderWorryTime,
            (RegistrationType.ProblemInventory, _, _) => ReminderProblemInventory,
            _ => throw new ArgumentOutOfRangeException(nameof(reminder), reminder, "An OMA reminder needs a part of the day."),
        };
    }

    /// <summary>The reminder's text with the complaint (client's words, as given: escaping is the renderer's job) and the part of the day.</summary>
    public static string ReminderText(RegistrationReminder reminder, RegistrationAssignment assignment, TextCatalog texts, Language language)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(texts);
        var values = new Dictionary<string, string> { ["complaint"] = assignment.Oma?.Complaint ?? string.Empty };
        if (reminder.Part is { } part)
        {
            values["part"] = texts.Get(DayPartName(part), language);
        }

        return texts.Format(Reminder(reminder), language, values);
    }

    /// <summary>Times as the client reads them: "12:30, 17:30 en 21:30".</summary>
    public static string TimesText(IReadOnlyList<TimeOnly> times, TextCatalog texts, Language language)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(texts);
        var formatted = times.Select(time => time.ToString("HH':'mm", CultureInfo.InvariantCulture)).ToList();
        return formatted.Count <= 1
            ? string.Concat(formatted)
            : string.Join(", ", formatted.Take(formatted.Count - 1)) + " " + texts.Get(TimesAnd, language) + " " + formatted[^1];
    }

    /// <summary>The question for a pattern candidate (see <see cref="OmaPatternCandidate.Question"/>).</summary>
    public static string PatternQuestion(bool everyDay, bool withCounts) => (everyDay, withCounts) switch
    {
        (true, true) => PatternEveryDaySlotCounted,
        (true, false) => PatternEveryDaySlot,
        (false, true) => PatternWeekdaySlotCounted,
        (false, false) => PatternWeekdaySlot,
    };

    private static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
