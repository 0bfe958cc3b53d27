namespace ReIntegratie.Bot.Registrations;

/// <summary>Who sends a reminder, until when others keep away, and the group whose settled record will list it.</summary>
public sealed record ReminderClaim(string Owner, DateTimeOffset LeaseUntil, string GroupId);
