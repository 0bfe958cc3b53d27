namespace ReIntegratie.Bot.Channel;

/// <summary>
/// Thrown by the bot when a turn could not be processed now but may succeed later (e.g. storage down).
/// The adapter answers 503 so the channel retries; nothing of the turn has been stored or sent.
/// </summary>
public sealed class TransientTurnFailureException(string message, Exception? inner = null) : Exception(message, inner);
