using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Professional;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Root;

/// <summary>
/// Sends each conversation to the right side: Teams users of an allowed tenant are professionals;
/// everyone else is a client. Someone who is not a professional but asks for a professional's action
/// gets a polite refusal and no data.
/// </summary>
public sealed class ConversationRouter(ClientConversation clients, ProfessionalConversation professionals, TextCatalog texts) : IConversationHandler
{
    public async Task HandleAsync(TurnContext turnContext, ConversationState state, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (ProfessionalIdentity.ProfessionalIdOf(activity, professionals.Options) is { } professionalId)
        {
            await professionals.HandleAsync(turnContext, state, professionalId, cancellationToken);
            return;
        }

        if (ProfessionalIdentity.IsTeams(activity) && professionals.IsProfessionalRequest(activity))
        {
            var refusal = texts.Get("professional.notAllowed", LanguageCodes.FromLocale(activity.Locale));
            if (activity.IsType(ActivityTypes.Invoke))
            {
                turnContext.InvokeResponse = new InvokeResponse(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = refusal });
            }
            else
            {
                await turnContext.SendActivityAsync(refusal, cancellationToken);
            }

            return;
        }

        await clients.HandleAsync(turnContext, state, cancellationToken);
    }
}
