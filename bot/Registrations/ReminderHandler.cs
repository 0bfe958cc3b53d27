using System.Text.Json;
using Microsoft.Extensions.Logging;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Registrations;

namespace ReIntegratie.Bot.Registrations;

/// <summary>
/// A reminder fell due: first plan the next one (so the chain survives a failed send), then, if the
/// domain says it should still go out (not paused, stopped, answered, or over an hour late), run a
/// proactive turn in the client's conversation, which sends the prompt. Scheduled work guarantees one
/// send per reminder; a failed send is retried, then dropped without blocking others.
/// </summary>
/// <remarks>The bot and adapter are resolved when the work runs: the bot's dialogs use the scheduler that knows this handler.</remarks>
public sealed partial class ReminderHandler(
    IServiceProvider services,
    RegistrationStore registrations,
    RegistrationScheduler scheduler,
    AppointmentStore appointments,
    ConversationStateStore conversations,
    TimeProvider clock,
    ILogger<ReminderHandler> logger) : Scheduling.IWorkHandler
{
    public const string EventName = "registration.reminder";

    public string Kind => RegistrationScheduler.Kind;

    public async Task HandleAsync(Scheduling.ScheduledWork work, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<ReminderPayload>(work.Payload, StorageJson.Options) ?? throw new InvalidDataException("Reminder without payload.");
        var assignment = await registrations.ReadAsync(payload.AppointmentId, payload.AssignmentId, cancellationToken);
        if (assignment is not null)
        {
            await scheduler.ScheduleAfterAsync(assignment, payload.ReminderId, cancellationToken);
        }

        var reminder = assignment is null ? null : Find(assignment, payload.ReminderId);
        if (assignment is null || reminder is null || !ReminderSchedule.ShouldSend(assignment, reminder))
        {
            LogSkipped(logger, payload.ReminderId);
            return;
        }

        if (ReminderSchedule.IsTooLate(reminder, clock.GetUtcNow()))
        {
            LogTooLate(logger, payload.ReminderId);
            return;
        }

        var conversationKey = (await appointments.ReadLinksAsync(payload.AppointmentId, cancellationToken))?.ClientConversationKey;
        var reference = conversationKey is null ? null : (await conversations.ReadFreshAsync(conversationKey, cancellationToken))?.Reference;
        if (reference?.ServiceUrl is null)
        {
            LogUnreachable(logger, payload.ReminderId);
            return;
        }

        await services.GetRequiredService<ChannelAdapter>().ContinueConversationAsync(reference, services.GetRequiredService<IBot>(), cancellationToken,
            EventName, JsonSerializer.SerializeToElement(payload, StorageJson.Options));
        LogSent(logger, payload.ReminderId);
    }

    public static RegistrationReminder? Find(RegistrationAssignment assignment, string reminderId) =>
        ReminderSchedule.Timeline(assignment).FirstOrDefault(r => r.Id == reminderId);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Reminder {ReminderId} sent")]
    private static partial void LogSent(ILogger logger, string reminderId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Reminder {ReminderId} not sent: no longer due (paused, stopped, answered or gone)")]
    private static partial void LogSkipped(ILogger logger, string reminderId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Reminder {ReminderId} not sent: more than the late limit after its time")]
    private static partial void LogTooLate(ILogger logger, string reminderId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Reminder {ReminderId} not sent: the client's conversation is unknown")]
    private static partial void LogUnreachable(ILogger logger, string reminderId);
}
