namespace ReIntegratie.Bot.Conversations;

/// <summary>Runs a conversation's pending effects against the state its turn stored.</summary>
public interface IConversationEffects
{
    Task RunAsync(string conversationKey, ConversationState state, ConversationEffect effect, CancellationToken cancellationToken);
}
