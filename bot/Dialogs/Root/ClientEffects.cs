using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Preparation;

namespace ReIntegratie.Bot.Dialogs.Root;

/// <summary>Makes a client turn's recorded changes through the services that own them, each of which checks the binding first.</summary>
public sealed class ClientEffects(ClientBinding binding, PreparationService preparation) : IConversationEffects
{
    public async Task RunAsync(string conversationKey, ConversationState state, ConversationEffect effect, CancellationToken cancellationToken)
    {
        switch (effect.Kind)
        {
            case ConversationEffectKind.BeginPreparation:
                await binding.BeginAsync(effect.AppointmentId, conversationKey, cancellationToken);
                break;
            case ConversationEffectKind.SharePreparation when state.Client is { } journey:
                await preparation.ShareAsync(effect.AppointmentId, conversationKey, journey.Answers, effect.Key, cancellationToken);
                break;
            case ConversationEffectKind.SetResumePin when effect.Value is { } value &&
                                                          System.Text.Json.JsonSerializer.Deserialize<Domain.Appointments.ResumePin>(value) is { } pin:
                await binding.ChangeIfAllowedAsync(effect.AppointmentId, conversationKey, appointment => appointment.SetResumePin(pin), cancellationToken);
                break;
        }
    }
}
