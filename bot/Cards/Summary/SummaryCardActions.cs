namespace ReIntegratie.Bot.Cards.Summary;

/// <summary>
/// The "action" values (and the Action.Execute verb) of the summary card's buttons; the same values
/// as the professional dialog's actions.
/// </summary>
public static class SummaryCardActions
{
    /// <summary>The Action.Execute verb of the refresh button and the card's refresh, and the Action.Submit fallback's "action".</summary>
    public const string Refresh = "refresh";

    public const string ResendInvitation = "resendInvitation";

    public const string DeleteClientData = "deleteClientData";
}
