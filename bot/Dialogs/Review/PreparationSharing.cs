using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Review;

/// <summary>
/// Shares the client's preparation: writes what they chose to share (parts switched off are left out)
/// as the appointment's preparation document, marks the appointment shared, and has the summary sent
/// to the professional (as durable scheduled work, so a Teams hiccup does not lose it).
/// </summary>
public sealed class PreparationSharing(AppointmentStore store, AppointmentService appointments, PreparationContent content, TimeProvider clock)
{
    public async Task ShareAsync(ClientJourney journey, CancellationToken cancellationToken)
    {
        var appointmentId = journey.AppointmentId ?? throw new InvalidOperationException("Sharing needs a linked appointment.");
        var now = clock.GetUtcNow();
        await store.SavePreparationAsync(appointmentId, journey.Answers.SharedOnly(content), cancellationToken);
        await store.UpdateAppointmentAsync(appointmentId, appointment => appointment.Share(now), cancellationToken);
        journey.SharedAt = now;
        await appointments.DeliverSummaryNowAsync(appointmentId, cancellationToken);
    }
}
