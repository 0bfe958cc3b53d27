using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Preparation;

/// <summary>The answers a client has given so far in their conversation, read only to tell the professional how far they got.</summary>
public interface IClientProgressSource
{
    Task<PreparationAnswers?> AnswersSoFarAsync(string conversationKey, CancellationToken cancellationToken);
}
