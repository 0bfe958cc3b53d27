using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Cards.Registrations;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Registrations;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Registrations;
using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Bot.Dialogs.Registrations;

/// <summary>
/// The client's side of registration assignments, in their own conversation: the explanation when an
/// assignment arrives, the reminder prompts, the answers (card taps or typed "ja nee"), "mijn
/// registratie", and pause / resume / stop / share / change of times. Everything else is left to the journey.
/// </summary>
public sealed partial class RegistrationConversation(
    RegistrationService registrations,
    RegistrationCards cards,
    RegistrationOverview overview,
    TextCatalog texts,
    CommandCatalog commands,
    AnswerWords answerWords,
    TimeProvider clock)
{

    public async Task<bool> TryHandleAsync(TurnContext turn, ConversationState state, CancellationToken cancellationToken)
    {
        if (state.Client?.AppointmentId is not { } appointmentId)
        {
            return false;
        }

        var activity = turn.Activity;
        var language = LanguageCodes.TryParse(state.Language, out var chosen) ? chosen : Language.Dutch;
        if (activity.IsType(ActivityTypes.Event))
        {
            return activity.Name switch
            {
                RegistrationAssigner.AssignedEvent => await ExplainAsync(turn, appointmentId, Payload(activity)?.AssignmentId, language, cancellationToken),
                ReminderSender.EventName => await PromptAsync(turn, state, Payload(activity), language, cancellationToken),
                _ => false,
            };
        }

        if (!activity.IsType(ActivityTypes.Message))
        {
            return false;
        }

        if (activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("action", out var action) &&
            action.ValueKind == JsonValueKind.String && action.GetString()!.StartsWith("registration.", StringComparison.Ordinal))
        {
            if (!await MayActAsync(turn, appointmentId, language, cancellationToken))
            {
                return true;
            }

            await SubmitAsync(turn, appointmentId, action.GetString()!, value, language, cancellationToken);
            return true;
        }

        if (commands.Recognize(activity.Text) is { } command && command.StartsWith("registration", StringComparison.Ordinal))
        {
            if (!await MayActAsync(turn, appointmentId, language, cancellationToken))
            {
                return true;
            }

            await CommandAsync(turn, appointmentId, command, language, cancellationToken);
            return true;
        }

        if (TimesCommand().Match(activity.Text ?? "") is { Success: true } times)
        {
            if (!await MayActAsync(turn, appointmentId, language, cancellationToken))
            {
                return true;
            }

            await ChangeTimesAsync(turn, appointmentId, times.Groups["times"].Value, language, cancellationToken);
            return true;
        }

        if (state.PendingReminder is { } pending)
        {
            return await TypedAnswerAsync(turn, state, pending, language, cancellationToken);
        }

        return LooksLikeAnAnswer(activity.Text) && await LatestOpenReminderAsync(appointmentId, cancellationToken) is { } latest &&
            await TypedAnswerAsync(turn, state, latest, language, cancellationToken);
    }

    /// <summary>Only yes/no words, or a worry-time report: worth looking up which reminder it answers.</summary>
    private bool LooksLikeAnAnswer(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false; // a card submit
        }

        var normalized = TextMatching.Normalize(text);
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (words.Length > 0 && words.All(word => answerWords.Yes.Concat(answerWords.No).Any(w => TextMatching.Normalize(w) == word))) ||
            WorryAnswer().IsMatch(normalized);
    }

    /// <summary>
    /// On a card channel the reminder is not remembered in the conversation (that would cost a write per
    /// reminder): a typed answer goes to the latest reminder that is due and still open.
    /// </summary>
    /// <summary>Only the conversation that acts for the appointment changes its registrations; any other is told so.</summary>
    private async Task<bool> MayActAsync(TurnContext turn, string appointmentId, Language language, CancellationToken cancellationToken)
    {
        var conversationKey = ConversationStateStore.Key(turn.Activity.ChannelId!, turn.Activity.Conversation!.Id!);
        if (await registrations.MayActAsync(appointmentId, conversationKey, cancellationToken))
        {
            return true;
        }

        await turn.SendActivityAsync(Plain(texts.Get("registrationChat.notAllowed", language)), cancellationToken);
        return false;
    }

    private async Task<ReminderPayload?> LatestOpenReminderAsync(string appointmentId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (await registrations.ListAsync(appointmentId, cancellationToken))
            .Where(assignment => assignment.Status == RegistrationStatus.Active)
            .SelectMany(assignment => ReminderSchedule.Timeline(assignment)
                .Where(reminder => reminder.DueAt <= now && ReminderSchedule.ShouldSend(assignment, reminder))
                .Select(reminder => (Due: reminder.DueAt, Payload: new ReminderPayload(appointmentId, assignment.Id, reminder.Id))))
            .OrderByDescending(pair => pair.Due)
            .Select(pair => pair.Payload)
            .FirstOrDefault();
    }

    private async Task<bool> ExplainAsync(TurnContext turn, string appointmentId, string? assignmentId, Language language, CancellationToken cancellationToken)
    {
        if (assignmentId is null || await registrations.ReadAsync(appointmentId, assignmentId, cancellationToken) is not { } assignment)
        {
            return true;
        }

        var title = texts.Get(RegistrationTextKeys.TypeTitle(assignment.Type), language);
        var text = new StringBuilder()
            .AppendLine(texts.Format("registrationChat.assigned", language, new Dictionary<string, string> { ["title"] = title })).AppendLine()
            .AppendLine(texts.Get(RegistrationTextKeys.TypeWhat(assignment.Type), language)).AppendLine()
            .AppendLine(texts.Get(RegistrationTextKeys.TypeWhy(assignment.Type), language)).AppendLine();
        if (assignment.Type == RegistrationType.OmaRegistration)
        {
            text.AppendLine(texts.Format(RegistrationTextKeys.OmaTimesExplained, language, new Dictionary<string, string> { ["times"] = RegistrationTextKeys.TimesText(assignment.ReminderTimes, texts, language) })).AppendLine();
        }

        text.AppendLine(texts.Get(assignment.Type == RegistrationType.WorryTime ? "registration.sharing.worryExplained" : "registration.sharing.off", language)).AppendLine()
            .Append(texts.Get("registrationChat.commands", language));
        await turn.SendActivityAsync(Plain(text.ToString()), cancellationToken);
        if (assignment.Type == RegistrationType.ProblemInventory)
        {
            await SendInventoryStepAsync(turn, assignment, language, cancellationToken);
        }

        return true;
    }

    private async Task<bool> PromptAsync(TurnContext turn, ConversationState state, ReminderPayload? payload, Language language, CancellationToken cancellationToken)
    {
        if (payload is null || payload.AppointmentId != state.Client?.AppointmentId ||
            await AssignmentOfAsync(turn, payload, cancellationToken) is not { } assignment ||
            ReminderSender.Find(assignment, payload.ReminderId) is not { } reminder)
        {
            return true;
        }

        var supportsCards = ChannelCapabilities.SupportsAdaptiveCards(turn.Activity.ChannelId);
        if (!supportsCards)
        {
            state.PendingReminder = payload; // a typed "ja nee" answers this one; on a card channel the card says what it answers
        }

        switch (assignment.Type)
        {
            case RegistrationType.OmaRegistration when supportsCards:
                await turn.SendActivityAsync(AdaptiveCard.Question(cards.OmaPrompt(assignment, reminder, language), RegistrationTextKeys.ReminderText(reminder, assignment, texts, language), turn.Activity.ChannelId), cancellationToken);
                break;
            case RegistrationType.OmaRegistration:
                var questions = string.Join("\n", reminder.Slots.Select((slot, index) => $"{index + 1}. {RegistrationTextKeys.SlotQuestionText(slot, assignment, texts, language)}"));
                await turn.SendActivityAsync(Plain($"{RegistrationTextKeys.ReminderText(reminder, assignment, texts, language)}\n\n{questions}\n\n{texts.Get("registrationChat.answerHint", language)}"), cancellationToken);
                break;
            case RegistrationType.WorryTime when supportsCards:
                await turn.SendActivityAsync(AdaptiveCard.Question(cards.WorryPrompt(assignment, reminder, language), RegistrationTextKeys.ReminderText(reminder, assignment, texts, language), turn.Activity.ChannelId), cancellationToken);
                break;
            case RegistrationType.WorryTime:
                await turn.SendActivityAsync(Plain($"{RegistrationTextKeys.ReminderText(reminder, assignment, texts, language)}\n{texts.Get("registrationChat.worryHint", language)}"), cancellationToken);
                break;
            default:
                await turn.SendActivityAsync(Plain(RegistrationTextKeys.ReminderText(reminder, assignment, texts, language)), cancellationToken);
                await SendInventoryStepAsync(turn, assignment, language, cancellationToken);
                break;
        }

        return true;
    }

    private async Task SubmitAsync(TurnContext turn, string appointmentId, string action, JsonElement value, Language language, CancellationToken cancellationToken)
    {
        var assignmentId = Text(value, "assignmentId");
        if (assignmentId is null || await registrations.ReadAsync(appointmentId, assignmentId, cancellationToken) is null)
        {
            await turn.SendActivityAsync(Plain(texts.Get("registrationChat.none", language)), cancellationToken);
            return;
        }

        var now = clock.GetUtcNow();
        string reply = "";
        var updated = await registrations.ChangeAsync(appointmentId, assignmentId, assignment =>
        {
            reply = action switch
            {
                RegistrationCards.OmaAction => RecordOma(assignment, value, now, language),
                RegistrationCards.WorryAction => RecordWorry(assignment, value, now, language),
                RegistrationCards.InventoryListAction => Checked(assignment.Inventory is null ? null : (Text(value, "stressors") ?? "")
                    .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(assignment.AddStressor).FirstOrDefault(c => !c.IsValid), language),
                RegistrationCards.InventoryMarksAction => Checked(assignment.Inventory?.Stressors
                    .Select(s => Enum.TryParse<StressorCategory>(Text(value, "mark." + s.Id), out var category) && Enum.IsDefined(category) ? assignment.MarkStressor(s.Id, category) : RegistrationCheck.Valid)
                    .FirstOrDefault(c => !c.IsValid), language),
                RegistrationCards.InventoryPlansAction => Checked(assignment.Inventory?.Stressors
                    .Select(s => Text(value, "plan." + s.Id) is { Length: > 0 } plan ? assignment.SetStressorPlan(s.Id, plan) : RegistrationCheck.Valid)
                    .FirstOrDefault(c => !c.IsValid), language),
                RegistrationCards.PauseAction when assignment.CanPause => Done(() => assignment.Pause(now), RegistrationTextKeys.ConfirmPaused),
                RegistrationCards.ResumeAction when assignment.CanResume => Done(() => assignment.Resume(now), RegistrationTextKeys.ConfirmResumed),
                RegistrationCards.StopAction when assignment.CanStop => Done(() => assignment.Stop(now), RegistrationTextKeys.ConfirmStopped),
                RegistrationCards.PauseAction or RegistrationCards.ResumeAction or RegistrationCards.StopAction => texts.Get("journey.notNow", language),
                _ => texts.Get("registrationChat.none", language),
            };
            if (action == RegistrationCards.InventoryPlansAction && assignment.CanComplete && reply.Length == 0)
            {
                assignment.Complete(now);
            }
        }, cancellationToken);

        // A stop or pause needs nothing more: a planned reminder checks the assignment when it falls due.
        if (action == RegistrationCards.ResumeAction && updated.Status == RegistrationStatus.Active)
        {
            await registrations.ReplanAsync(updated, cancellationToken);
        }

        if (action == RegistrationCards.PauseAction && updated.Status == RegistrationStatus.Paused)
        {
            await turn.SendActivityAsync(AdaptiveCard.Question(cards.Paused(updated, language), reply, turn.Activity.ChannelId), cancellationToken);
        }
        else if (reply.Length > 0)
        {
            await turn.SendActivityAsync(Plain(reply), cancellationToken);
        }

        if (updated.Type == RegistrationType.ProblemInventory && !updated.IsEnded && action.StartsWith("registration.inventory", StringComparison.Ordinal))
        {
            await SendInventoryStepAsync(turn, updated, language, cancellationToken);
        }
        else if (updated.Type == RegistrationType.ProblemInventory && updated.Status == RegistrationStatus.Completed)
        {
            await turn.SendActivityAsync(Plain(texts.Get("registration.inventory.step.done", language)), cancellationToken);
        }

        string Done(Action change, string key)
        {
            change();
            return texts.Get(key, language);
        }
    }

    private string RecordOma(RegistrationAssignment assignment, JsonElement value, DateTimeOffset now, Language language)
    {
        if (!DateOnly.TryParseExact(Text(value, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return texts.Get("registrationChat.none", language);
        }

        var omaTexts = new OmaTexts(Text(value, "whatHappened"), Text(value, "thoughtOrFeeling"));
        EntryResult? result = null;
        foreach (var slot in OmaSlots.All)
        {
            if (Text(value, "slot." + slot) is "yes" or "no")
            {
                result = assignment.RecordOma(date, slot, Text(value, "slot." + slot) == "yes", omaTexts, now);
                if (!result.IsAccepted)
                {
                    break;
                }
            }
        }

        return result?.Text(texts, language) ?? texts.Get("registrationChat.answerHint", language);
    }

    private string RecordWorry(RegistrationAssignment assignment, JsonElement value, DateTimeOffset now, Language language)
    {
        if (!DateOnly.TryParseExact(Text(value, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ||
            Text(value, "tookPlace") is not ("yes" or "no"))
        {
            return texts.Get("registrationChat.worryHint", language);
        }

        var tookPlace = Text(value, "tookPlace") == "yes";
        var result = assignment.RecordWorrySession(date, tookPlace, Text(value, "notes"), now);
        return !result.IsAccepted ? result.Text(texts, language) : texts.Get(tookPlace ? "registration.worry.tookPlace.thanks" : "registration.worry.notTookPlace", language);
    }

    /// <summary>The assignment the sender handed to this turn, or else the stored one.</summary>
    private async Task<RegistrationAssignment?> AssignmentOfAsync(TurnContext turn, ReminderPayload payload, CancellationToken cancellationToken) =>
        turn.TurnState.TryGetValue(ReminderSender.AssignmentState, out var handed) && handed is RegistrationAssignment assignment &&
        assignment.AppointmentId == payload.AppointmentId && assignment.Id == payload.AssignmentId
            ? assignment
            : await registrations.ReadAsync(payload.AppointmentId, payload.AssignmentId, cancellationToken);

    private async Task<bool> TypedAnswerAsync(TurnContext turn, ConversationState state, ReminderPayload pending, Language language, CancellationToken cancellationToken)
    {
        if (!await MayActAsync(turn, pending.AppointmentId, language, cancellationToken))
        {
            return true;
        }

        var words = TextMatching.Normalize(turn.Activity.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool? YesNo(string word) =>
            answerWords.Yes.Any(w => TextMatching.Normalize(w) == word) ? true :
            answerWords.No.Any(w => TextMatching.Normalize(w) == word) ? false : null;

        var assignment = await registrations.ReadAsync(pending.AppointmentId, pending.AssignmentId, cancellationToken);
        if (assignment is null || ReminderSender.Find(assignment, pending.ReminderId) is not { } reminder)
        {
            return false;
        }

        var answers = words.Select(YesNo).ToList();
        var now = clock.GetUtcNow();
        string? reply = null;
        if (assignment.Type == RegistrationType.OmaRegistration && answers.Count == reminder.Slots.Count && answers.All(a => a is not null))
        {
            await registrations.ChangeAsync(pending.AppointmentId, pending.AssignmentId, a =>
            {
                EntryResult? result = null;
                for (var i = 0; i < reminder.Slots.Count && result?.IsAccepted != false; i++)
                {
                    result = a.RecordOma(reminder.Date, reminder.Slots[i], answers[i]!.Value, null, now);
                }

                reply = result!.Text(texts, language);
            }, cancellationToken);
        }
        else if (assignment.Type == RegistrationType.WorryTime && WorryAnswer().Match(TextMatching.Normalize(turn.Activity.Text)) is { Success: true } worry)
        {
            var tookPlace = worry.Groups["not"].Success == false;
            var notes = worry.Groups["notes"].Value.Trim();
            await registrations.ChangeAsync(pending.AppointmentId, pending.AssignmentId, a =>
            {
                var result = a.RecordWorrySession(reminder.Date, tookPlace, notes.Length == 0 ? null : notes, now);
                reply = result.IsAccepted ? texts.Get(tookPlace ? "registration.worry.tookPlace.thanks" : "registration.worry.notTookPlace", language) : result.Text(texts, language);
            }, cancellationToken);
        }

        if (reply is null)
        {
            return false;
        }

        state.PendingReminder = null;
        await turn.SendActivityAsync(Plain(reply), cancellationToken);
        return true;
    }

    private async Task CommandAsync(TurnContext turn, string appointmentId, string command, Language language, CancellationToken cancellationToken)
    {
        var assignments = await registrations.ListAsync(appointmentId, cancellationToken);
        var current = assignments.LastOrDefault(a => !a.IsEnded) ?? assignments.LastOrDefault();
        if (current is null)
        {
            await turn.SendActivityAsync(Plain(texts.Get("registrationChat.none", language)), cancellationToken);
            return;
        }

        if (command == CommandNames.RegistrationOverview)
        {
            await turn.SendActivityAsync(Plain(string.Join("\n\n", assignments.Select(a => overview.Full(a, language)))), cancellationToken);
            return;
        }

        var now = clock.GetUtcNow();
        var reply = "";
        var updated = await registrations.ChangeAsync(appointmentId, current.Id, assignment =>
        {
            reply = command switch
            {
                CommandNames.RegistrationPause when assignment.CanPause => Do(() => assignment.Pause(now), "registration.confirm.paused"),
                CommandNames.RegistrationResume when assignment.CanResume => Do(() => assignment.Resume(now), "registration.confirm.resumed"),
                CommandNames.RegistrationStop when assignment.CanStop => Do(() => assignment.Stop(now), "registration.confirm.stopped"),
                CommandNames.RegistrationShare => Do(() => assignment.SetShared(true), "registration.sharing.on"),
                CommandNames.RegistrationUnshare => Do(() => assignment.SetShared(false), "registration.sharing.off"),
                _ => texts.Get("journey.notNow", language),
            };
        }, cancellationToken);

        // A stop or pause needs nothing more: a planned reminder checks the assignment when it falls due.
        if (command == CommandNames.RegistrationResume && updated.Status == RegistrationStatus.Active)
        {
            await registrations.ReplanAsync(updated, cancellationToken);
        }

        await turn.SendActivityAsync(Plain(reply), cancellationToken);

        string Do(Action change, string key)
        {
            change();
            return texts.Get(key, language);
        }
    }

    private async Task ChangeTimesAsync(TurnContext turn, string appointmentId, string typed, Language language, CancellationToken cancellationToken)
    {
        var times = new List<TimeOnly>();
        foreach (var part in typed.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TimeOnly.TryParseExact(part.Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                await turn.SendActivityAsync(Plain(texts.Get("registrationChat.timesNotUnderstood", language)), cancellationToken);
                return;
            }

            times.Add(time);
        }

        var current = (await registrations.ListAsync(appointmentId, cancellationToken)).LastOrDefault(a => !a.IsEnded);
        if (current is null)
        {
            await turn.SendActivityAsync(Plain(texts.Get("registrationChat.none", language)), cancellationToken);
            return;
        }

        RegistrationCheck check = RegistrationCheck.Valid;
        var updated = await registrations.ChangeAsync(appointmentId, current.Id, a => check = a.ChangeReminderTimes(times, clock.GetUtcNow()), cancellationToken);
        if (!check.IsValid)
        {
            await turn.SendActivityAsync(Plain(Checked(check, language)), cancellationToken);
            return;
        }

        await registrations.ReplanAsync(updated, cancellationToken);
        await turn.SendActivityAsync(Plain(texts.Format("registration.confirm.timesChanged", language,
            new Dictionary<string, string> { ["times"] = RegistrationTextKeys.TimesText(updated.ReminderTimes, texts, language) })), cancellationToken);
    }

    private Task SendInventoryStepAsync(TurnContext turn, RegistrationAssignment assignment, Language language, CancellationToken cancellationToken) =>
        ChannelCapabilities.SupportsAdaptiveCards(turn.Activity.ChannelId)
            ? turn.SendActivityAsync(AdaptiveCard.Message(cards.InventoryStep(assignment, language)), cancellationToken)
            : turn.SendActivityAsync(Plain(texts.Get("registrationChat.inventory.needsCards", language)), cancellationToken);

    private string Checked(RegistrationCheck? check, Language language) =>
        check is { IsValid: false, TextKey: { } key }
            ? texts.Format(key, language, new Dictionary<string, string> { [RegistrationTextKeys.NumberPlaceholder] = check.Limit?.ToString(CultureInfo.InvariantCulture) ?? "" })
            : "";

    private static ReminderPayload? Payload(Activity activity)
    {
        try
        {
            return activity.Value is { ValueKind: JsonValueKind.Object } value ? value.Deserialize<ReminderPayload>(StorageJson.Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement value, string name) =>
        value.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;

    private static Activity Plain(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormats.Markdown };

    [GeneratedRegex(@"^\s*(tijden wijzigen|change times)\s+(?<times>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimesCommand();

    [GeneratedRegex(@"^(?<not>niet |not )?(gelukt|done)\b(?<notes>.*)$")]
    private static partial Regex WorryAnswer();
}
