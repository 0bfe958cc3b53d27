using System.Globalization;
using System.Text.Json;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Channel.Connector;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Registrations;
using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Bot.Registrations;

/// <summary>
/// Gives a client a registration assignment from the professional's submitted form: checks it with
/// the domain, stores it, plans its reminders, and tells the client in their own conversation.
/// </summary>
public sealed class RegistrationAssigner(
    IServiceProvider services,
    RegistrationStore store,
    RegistrationScheduler scheduler,
    IClientConversations conversations,
    TimeProvider clock)
{
    /// <summary>The proactive event that tells the client, in their own conversation, about the assignment.</summary>
    public const string AssignedEvent = "registration.assigned";

    /// <param name="ClientReached">False when the assignment stands but its explanation could not be delivered.</param>
    public sealed record Outcome(RegistrationAssignment? Assignment, int Reminders, string? ProblemTextKey, int? Limit = null, bool ClientReached = true)
    {
        /// <summary>What the professional reads: the confirmation, or why nothing was given.</summary>
        /// <param name="clientName">As the message shows it (escaped by the caller).</param>
        public string Reply(TextCatalog texts, Language language, string clientName) =>
            texts.Format(ProblemTextKey ?? (ClientReached ? "professional.assign.done" : "professional.assign.doneNotReached"), language, new Dictionary<string, string>
            {
                ["name"] = clientName,
                ["title"] = Assignment is { } given ? texts.Get(RegistrationTextKeys.TypeTitle(given.Type), language) : "",
                ["count"] = Reminders.ToString(CultureInfo.InvariantCulture),
                [RegistrationTextKeys.NumberPlaceholder] = Limit?.ToString(CultureInfo.InvariantCulture) ?? "",
            });
    }

    public async Task<Outcome> AssignAsync(Appointment appointment, JsonElement form, CancellationToken cancellationToken)
    {
        string? Text(string name) => form.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        var conversationKey = appointment.CanBegin ? appointment.ClientConversation : null;
        var reference = conversationKey is null ? null : await conversations.ReferenceAsync(conversationKey, cancellationToken);
        if (reference is null)
        {
            return new Outcome(null, 0, "professional.assign.noClient");
        }

        var formId = Text("formId");
        if (formId is not { Length: 32 } || !formId.All(char.IsAsciiHexDigitLower) ||
            !Enum.TryParse<RegistrationType>(Text("registrationType"), out var type) || !Enum.IsDefined(type) ||
            !DateOnly.TryParseExact(Text("startDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return new Outcome(null, 0, "professional.form.invalidDate");
        }

        var duration = form.TryGetProperty("durationDays", out var d) && d.ValueKind is JsonValueKind.Number or JsonValueKind.String &&
                       int.TryParse(d.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : RegistrationDefaults.DurationDays;
        var worryTime = TimeOnly.TryParseExact(Text("worryTime"), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : new TimeOnly(19, 0);
        IReadOnlyList<TimeOnly> times = type switch
        {
            RegistrationType.OmaRegistration => RegistrationDefaults.OmaReminderTimes,
            RegistrationType.WorryTime => [worryTime],
            _ => [],
        };
        var now = clock.GetUtcNow();
        var check = RegistrationRules.CheckNew(type, start, duration, times, Text("complaint"), AmsterdamWallClock.DateOf(now));
        if (!check.IsValid)
        {
            return new Outcome(null, 0, check.TextKey, check.Limit);
        }

        var assignment = type switch
        {
            RegistrationType.OmaRegistration => RegistrationAssignment.CreateOma(formId, appointment.Id, start, Text("complaint")!.Trim(), now, duration),
            RegistrationType.WorryTime => RegistrationAssignment.CreateWorryTime(formId, appointment.Id, start, worryTime, now, duration),
            _ => RegistrationAssignment.CreateProblemInventory(formId, appointment.Id, start, now, duration),
        };
        try
        {
            await store.CreateAsync(assignment, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // A double submit: the assignment given the first time, with what is planned for it.
            var given = await store.ReadAsync(appointment.Id, formId, cancellationToken);
            return new Outcome(given, given is null ? 0 : ReminderSchedule.For(given).Count(reminder => reminder.DueAt >= now), null);
        }

        var reminders = await scheduler.ScheduleAsync(assignment, cancellationToken);
        try
        {
            await services.GetRequiredService<ChannelAdapter>().ContinueConversationAsync(reference, services.GetRequiredService<IBot>(), cancellationToken,
                AssignedEvent, JsonSerializer.SerializeToElement(new ReminderPayload(appointment.Id, assignment.Id, ""), StorageJson.Options));
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The assignment stands and its reminders are planned; only the explanation did not arrive (e.g. the chat is gone).
            return new Outcome(assignment, reminders, null, ClientReached: false);
        }

        return new Outcome(assignment, reminders, null);
    }
}
