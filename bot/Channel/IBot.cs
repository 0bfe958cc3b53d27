namespace ReIntegratie.Bot.Channel;

/// <summary>The bot's logic for one turn. The adapter calls it once per inbound (or proactive) activity.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken);

    /// <summary>
    /// Called when a turn failed unexpectedly (SDK: OnTurnError). Nothing of the turn was stored; the
    /// bot may send a short apology. The exception is for logging its type, never for the user.
    /// </summary>
    Task OnTurnErrorAsync(TurnContext turnContext, Exception exception, CancellationToken cancellationToken);
}
