namespace ReIntegratie.Bot.Registrations;

/// <summary>One reminder by its ids: a due entry, and the value of the proactive event that sends it.</summary>
public sealed record ReminderPayload(string AppointmentId, string AssignmentId, string ReminderId);
