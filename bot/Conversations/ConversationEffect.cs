namespace ReIntegratie.Bot.Conversations;

/// <summary>
/// A change a client's turn makes outside its own conversation document. It is not made during the
/// turn (a turn is redone when its state write loses a race, and would make it twice): the turn records
/// it, it is stored with the turn's state, and it runs after that write succeeded. Each is idempotent
/// and keyed by the activity that caused it, so running it again after a crash changes nothing.
/// </summary>
/// <param name="Key">The activity that caused it, so scheduled work it creates has a stable id.</param>
/// <param name="Value">What the effect stores, when it needs more than the appointment (the PIN's salted hash).</param>
public sealed record ConversationEffect(ConversationEffectKind Kind, string AppointmentId, string Key, string? Value = null);
