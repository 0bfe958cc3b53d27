using System.Text.Json;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Channel.Connector;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Registrations;

namespace ReIntegratie.Bot.Registrations;

/// <summary>
/// Sends one reminder: finds the client's conversation and runs a proactive turn in it, which asks
/// the reminder's question (<see cref="RegistrationConversation"/>). The assignment already read is
/// handed to that turn, so it is not read again.
/// </summary>
/// <remarks>The bot and adapter are resolved when a reminder is sent: the bot's dialogs use the scheduler that uses this sender.</remarks>
public sealed class ReminderSender(IServiceProvider services, AppointmentStore appointments, IClientConversations conversations)
{
    public const string EventName = "registration.reminder";

    /// <summary>The name under which the turn finds the assignment in <see cref="TurnContext.TurnState"/>.</summary>
    public const string AssignmentState = "registration.assignment";

    public enum Outcome
    {
        Sent,

        /// <summary>The client's conversation is not known (never started, or deleted).</summary>
        Unreachable,

        /// <summary>The channel refused it even after retries (e.g. the client removed the bot).</summary>
        Refused,
    }

    public static RegistrationReminder? Find(RegistrationAssignment assignment, string reminderId) =>
        ReminderSchedule.Timeline(assignment).FirstOrDefault(r => r.Id == reminderId);

    /// <summary>Sends it. Storage that cannot be reached surfaces as <see cref="StorageUnavailableException"/>: the reminder is then tried again.</summary>
    public async Task<Outcome> SendAsync(ReminderPayload item, RegistrationAssignment assignment, CancellationToken cancellationToken)
    {
        var conversationKey = (await appointments.ReadAppointmentAsync(item.AppointmentId, cancellationToken))?.Value is { CanBegin: true } appointment ? appointment.ClientConversation : null;
        var reference = conversationKey is null ? null : await conversations.ReferenceAsync(conversationKey, cancellationToken);
        if (reference?.ServiceUrl is null)
        {
            return Outcome.Unreachable;
        }

        try
        {
            await services.GetRequiredService<ChannelAdapter>().ContinueConversationAsync(reference, services.GetRequiredService<IBot>(), cancellationToken,
                EventName, JsonSerializer.SerializeToElement(item, StorageJson.Options), new Dictionary<string, object> { [AssignmentState] = assignment });
            return Outcome.Sent;
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException || exception is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Outcome.Refused;
        }
    }
}
