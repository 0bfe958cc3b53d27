using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Bot.Dialogs.Root;

/// <summary>
/// "verwijder mijn gegevens": removes the client's answers everywhere (the shared preparation and
/// everything under the client's prefix) and marks the appointment; the conversation document is
/// deleted by the turn runner at the end of the turn.
/// </summary>
public sealed class ClientDataEraser(AppointmentStore store, TimeProvider clock)
{
    public async Task EraseAsync(ConversationState state, CancellationToken cancellationToken)
    {
        if (state.Client?.AppointmentId is { } appointmentId)
        {
            await store.DeleteClientDataAsync(appointmentId, cancellationToken);
            await store.UpdateAppointmentAsync(appointmentId, appointment =>
            {
                if (appointment.Status != AppointmentStatus.DataDeleted)
                {
                    appointment.DeleteData(clock.GetUtcNow());
                }
            }, cancellationToken);
        }

        state.Client = null;
        state.DialogStack.Clear();
        state.DeleteWhenTurnEnds = true;
    }
}
