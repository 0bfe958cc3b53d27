namespace ReIntegratie.Bot.Registrations;

/// <summary>The claims a group settled.</summary>
public sealed record ReminderSettlement(string[] ClaimKeys);
