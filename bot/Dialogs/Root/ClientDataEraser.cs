using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Conversations;

namespace ReIntegratie.Bot.Dialogs.Root;

/// <summary>
/// "verwijder mijn gegevens": when this conversation acts for the appointment, the same erasure a
/// professional can do (everything the appointment caused; the appointment stays, marked). A
/// conversation that was cut off only forgets itself. This conversation's own document is deleted by
/// the turn runner when the turn ends, so the turn does not write it back.
/// </summary>
public sealed class ClientDataEraser(AppointmentService appointments)
{
    public async Task EraseAsync(string conversationKey, ConversationState state, CancellationToken cancellationToken)
    {
        if (state.Client?.AppointmentId is { } appointmentId)
        {
            await appointments.DeleteClientDataForAsync(appointmentId, conversationKey, cancellationToken);
        }

        state.Client = null;
        state.DialogStack.Clear();
        state.PendingEffects.Clear();
        state.DeleteWhenTurnEnds = true;
    }
}
