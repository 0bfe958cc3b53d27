using System.Globalization;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Registrations;

namespace ReIntegratie.Bot.Cards.Registrations;

/// <summary>
/// The client's registration cards: the reminder prompt (one question per half of the part of the day),
/// the worry session, the problem inventory steps. Reminders carry pause and stop (stop asks first).
/// </summary>
public sealed class RegistrationCards(TextCatalog texts)
{
    public const string OmaAction = "registration.oma";
    public const string WorryAction = "registration.worry";
    public const string InventoryListAction = "registration.inventory.list";
    public const string InventoryMarksAction = "registration.inventory.marks";
    public const string InventoryPlansAction = "registration.inventory.plans";
    public const string PauseAction = "registration.pause";
    public const string StopAction = "registration.stop";
    public const string ResumeAction = "registration.resume";

    public JsonObject OmaPrompt(RegistrationAssignment assignment, RegistrationReminder reminder, Language language)
    {
        var yes = texts.Get(RegistrationTextKeys.OmaAnswerYes, language);
        var no = texts.Get(RegistrationTextKeys.OmaAnswerNo, language);
        var body = new List<JsonNode?> { AdaptiveCard.TextBlock(RegistrationTextKeys.ReminderText(reminder, assignment, texts, language)) };
        foreach (var slot in reminder.Slots)
        {
            body.Add(AdaptiveCard.ChoiceSet("slot." + slot, RegistrationTextKeys.SlotQuestionText(slot, assignment, texts, language), [("yes", yes), ("no", no)]));
        }

        if (assignment.AsksOmaTexts(reminder.Date))
        {
            body.Add(AdaptiveCard.TextBlock(texts.Get(RegistrationTextKeys.OmaTextsOptional, language), subtle: true));
            body.Add(AdaptiveCard.TextInput("whatHappened", texts.Get(RegistrationTextKeys.OmaQuestionWhatHappened, language), RegistrationLimits.OmaTextMaxLength));
            body.Add(AdaptiveCard.TextInput("thoughtOrFeeling", texts.Get(RegistrationTextKeys.OmaQuestionThoughtOrFeeling, language), RegistrationLimits.OmaTextMaxLength));
        }

        body.Add(AdaptiveCard.TextBlock(texts.Get(RegistrationTextKeys.ReminderPauseHint, language), subtle: true));
        return AdaptiveCard.Card(body, [AdaptiveCard.Submit(texts.Get("registrationChat.save", language), Data(OmaAction, assignment, reminder.Date)), .. PauseAndStop(assignment, language)]);
    }

    /// <summary>After "pause": the confirmation with a button that turns the reminders back on.</summary>
    public JsonObject Paused(RegistrationAssignment assignment, Language language) =>
        AdaptiveCard.Card(
            [AdaptiveCard.TextBlock(texts.Get(RegistrationTextKeys.ConfirmPaused, language))],
            [AdaptiveCard.Submit(texts.Get(RegistrationTextKeys.ReminderResume, language), Data(ResumeAction, assignment, null), withInputs: false)]);

    /// <summary>Pause at once; stop only after "Ja, stoppen" on the card it opens (stopping cannot be undone).</summary>
    private IEnumerable<JsonNode> PauseAndStop(RegistrationAssignment assignment, Language language)
    {
        yield return AdaptiveCard.Submit(texts.Get(RegistrationTextKeys.ReminderPause, language), Data(PauseAction, assignment, null), withInputs: false);
        yield return new JsonObject
        {
            ["type"] = "Action.ShowCard",
            ["title"] = texts.Get(RegistrationTextKeys.ReminderStop, language),
            ["card"] = AdaptiveCard.Card(
                [AdaptiveCard.TextBlock(texts.Get(RegistrationTextKeys.ConfirmStopQuestion, language))],
                [AdaptiveCard.Submit(texts.Get(RegistrationTextKeys.ReminderStopConfirm, language), Data(StopAction, assignment, null), withInputs: false)]),
        };
    }

    public JsonObject WorryPrompt(RegistrationAssignment assignment, RegistrationReminder reminder, Language language) =>
        AdaptiveCard.Card(
        [
            AdaptiveCard.TextBlock(RegistrationTextKeys.ReminderText(reminder, assignment, texts, language)),
            AdaptiveCard.ChoiceSet("tookPlace", texts.Get(RegistrationTextKeys.WorryQuestionTookPlace, language),
                [("yes", texts.Get("registrationChat.worry.done", language)), ("no", texts.Get("registrationChat.worry.notDone", language))]),
            AdaptiveCard.TextInput("notes", texts.Get("registrationChat.worry.notes", language), RegistrationLimits.WorryNotesMaxLength),
        ],
        [AdaptiveCard.Submit(texts.Get("registrationChat.save", language), Data(WorryAction, assignment, reminder.Date)), .. PauseAndStop(assignment, language)]);

    public JsonObject InventoryStep(RegistrationAssignment assignment, Language language)
    {
        var inventory = assignment.Inventory!;
        var progress = inventory.Progress();
        var body = new List<JsonNode?>
        {
            AdaptiveCard.TextBlock(texts.Get(progress.TextKey, language), bold: true),
            AdaptiveCard.TextBlock(progress.CountsText(texts, language), subtle: true),
        };
        string action;
        if (inventory.Stressors.Count < RegistrationLimits.MinStressors)
        {
            action = InventoryListAction;
            body.Add(AdaptiveCard.TextBlock(texts.Get("registration.inventory.concreteHint", language), subtle: true));
            body.Add(AdaptiveCard.TextInput("stressors", texts.Get("registrationChat.inventory.list", language), RegistrationLimits.StressorMaxLength * RegistrationLimits.MaxStressors));
        }
        else if (inventory.Stressors.Any(s => s.Category is null))
        {
            action = InventoryMarksAction;
            var categories = Enum.GetValues<StressorCategory>().Select(c => (c.ToString(), texts.Get(RegistrationTextKeys.Category(c), language))).ToList();
            foreach (var stressor in inventory.Stressors)
            {
                body.Add(AdaptiveCard.ChoiceSet("mark." + stressor.Id.ToString(CultureInfo.InvariantCulture), CardText.Escape(stressor.Text), categories, value: stressor.Category?.ToString()));
            }
        }
        else
        {
            action = InventoryPlansAction;
            foreach (var stressor in inventory.Stressors)
            {
                var label = texts.Format("registrationChat.inventory.plan", language, new Dictionary<string, string> { ["stressor"] = CardText.Escape(stressor.Text) }) +
                            " — " + texts.Get(RegistrationTextKeys.PlanPrompt(stressor.Category!.Value), language);
                body.Add(AdaptiveCard.TextInput("plan." + stressor.Id.ToString(CultureInfo.InvariantCulture), label, RegistrationLimits.StressorPlanMaxLength, value: stressor.Plan));
            }
        }

        return AdaptiveCard.Card(body, [AdaptiveCard.Submit(texts.Get("registrationChat.save", language), Data(action, assignment, null))]);
    }

    private static JsonObject Data(string action, RegistrationAssignment assignment, DateOnly? date)
    {
        var data = new JsonObject { ["action"] = action, ["assignmentId"] = assignment.Id };
        if (date is { } day)
        {
            data["date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return data;
    }
}
