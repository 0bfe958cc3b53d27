using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;

namespace ReIntegratie.Bot.Dialogs.Root;

/// <summary>What the bot does with one activity, given the conversation's state. It may change the state; the runner stores it.</summary>
public interface IConversationHandler
{
    Task HandleAsync(TurnContext turnContext, ConversationState state, CancellationToken cancellationToken);
}
