using System.Text.Json;
using Microsoft.Extensions.Logging;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Appointments;

/// <summary>Deletes a client's data when the retention period after the appointment has passed (Retention:DaysAfterAppointment).</summary>
/// <remarks>The service is resolved when the work runs: the scheduler it uses knows this handler, so taking it in the constructor would be a cycle.</remarks>
public sealed partial class RetentionHandler(IServiceProvider services, AppointmentStore store, ILogger<RetentionHandler> logger) : IWorkHandler
{
    public string Kind => WorkIds.Retention;

    public async Task HandleAsync(ScheduledWork work, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<SummaryPayload>(work.Payload, StorageJson.Options)
                      ?? throw new InvalidDataException("Retention work without payload.");
        if (await store.ReadAppointmentAsync(payload.AppointmentId, cancellationToken) is null)
        {
            return;
        }

        await services.GetRequiredService<AppointmentService>().DeleteClientDataAsync(payload.AppointmentId, cancellationToken);
        LogDeleted(logger, payload.AppointmentId);
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Retention period over: client data of appointment {AppointmentId} deleted")]
    private static partial void LogDeleted(ILogger logger, string appointmentId);
}
