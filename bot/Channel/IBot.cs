namespace ReIntegratie.Bot.Channel;

/// <summary>The bot's logic for one turn. The adapter calls it once per inbound (or proactive) activity.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken);
}
