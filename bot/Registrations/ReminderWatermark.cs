namespace ReIntegratie.Bot.Registrations;

/// <summary>The oldest minute that may hold unsettled due entries.</summary>
public sealed record ReminderWatermark(DateTimeOffset OpenMinute);
