using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Conversations;

namespace ReIntegratie.Bot.Dialogs.Root;

/// <summary>
/// "verwijder mijn gegevens": the same deletion a professional can do (answers, registrations,
/// invitation, scheduled work; the appointment stays, marked). This conversation's own document is
/// deleted by the turn runner when the turn ends, so the turn does not write it back.
/// </summary>
public sealed class ClientDataEraser(AppointmentService appointments)
{
    public async Task EraseAsync(ConversationState state, CancellationToken cancellationToken)
    {
        if (state.Client?.AppointmentId is { } appointmentId)
        {
            await appointments.DeleteClientDataAsync(appointmentId, cancellationToken);
        }

        state.Client = null;
        state.DialogStack.Clear();
        state.DeleteWhenTurnEnds = true;
    }
}
