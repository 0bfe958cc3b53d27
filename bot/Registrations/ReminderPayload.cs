namespace ReIntegratie.Bot.Registrations;

/// <summary>The payload of a reminder's scheduled work and of the proactive event it raises: ids only.</summary>
public sealed record ReminderPayload(string AppointmentId, string AssignmentId, string ReminderId);
