using System.Text.Json;
using Microsoft.Extensions.Logging;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Cards.Summary;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Channel.Connector;
using ReIntegratie.Bot.Preparation;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Professional;

/// <summary>
/// Sends the professional the summary card proactively: when the client shares, and at the chosen time
/// before the appointment (then also when the client has not finished: the card says how far they got
/// and offers a new code). Runs as durable scheduled work (planned by the appointment and preparation
/// services), so it is retried and never sent twice.
/// </summary>
public sealed partial class SummaryDeliveryHandler(
    AppointmentService appointments,
    PreparationService preparation,
    SummaryCards summaries,
    ConnectorClient connector,
    TextCatalog texts,
    ILogger<SummaryDeliveryHandler> logger) : IWorkHandler
{
    public string Kind => WorkIds.DeliverSummary;

    public async Task HandleAsync(ScheduledWork work, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<SummaryPayload>(work.Payload, StorageJson.Options)
                      ?? throw new InvalidDataException("Summary work without payload.");
        var appointment = await appointments.FindAsync(payload.AppointmentId, cancellationToken);
        if (appointment is null || appointment.Status is AppointmentStatus.Cancelled or AppointmentStatus.DataDeleted)
        {
            LogSkipped(logger, payload.AppointmentId, appointment?.Status.ToString() ?? "missing");
            return;
        }

        var reference = await appointments.ProfessionalReferenceAsync(appointment.ProfessionalId, cancellationToken);
        if (reference?.ServiceUrl is null || reference.Conversation?.Id is null)
        {
            LogUnreachable(logger, payload.AppointmentId);
            return;
        }

        var view = await preparation.ViewAsync(appointment, cancellationToken);
        var language = LanguageCodes.TryParse(reference.Locale?[..Math.Min(2, reference.Locale.Length)], out var chosen) ? chosen : Language.Dutch;
        var values = new Dictionary<string, string>
        {
            ["name"] = CardText.Escape(appointment.ClientName),
            ["start"] = DateText.Format(appointment.Start, language),
            ["progress"] = view.Progress.Describe(texts, language),
        };
        var noticeKey = payload.Reason == SummaryReason.Shared ? "professional.sharedNotice"
            : appointment.IsShared ? "professional.beforeNotice" : "professional.beforeNoticeUnfinished";
        var notice = texts.Format(noticeKey, language, values);

        var card = AdaptiveCard.Message(summaries.Build(view, language), summary: notice);
        card.ChannelData = JsonSerializer.SerializeToElement(new { notification = new { alert = true } });
        foreach (var activity in new[] { new Activity { Type = ActivityTypes.Message, Text = notice, TextFormat = TextFormats.Markdown }, card })
        {
            activity.From = reference.Bot;
            activity.Recipient = reference.User;
            activity.Conversation = reference.Conversation;
            activity.ChannelId = reference.ChannelId;
            activity.ServiceUrl = reference.ServiceUrl;
            await connector.SendToConversationAsync(reference.ServiceUrl, reference.Conversation.Id, activity, cancellationToken);
        }

        LogDelivered(logger, payload.AppointmentId, payload.Reason.ToString());
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Summary of appointment {AppointmentId} delivered ({Reason})")]
    private static partial void LogDelivered(ILogger logger, string appointmentId, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Summary of appointment {AppointmentId} not delivered: appointment is {Status}")]
    private static partial void LogSkipped(ILogger logger, string appointmentId, string status);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Summary of appointment {AppointmentId} not delivered: the professional's conversation is unknown (app not installed)")]
    private static partial void LogUnreachable(ILogger logger, string appointmentId);
}
