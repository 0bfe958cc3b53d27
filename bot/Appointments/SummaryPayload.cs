namespace ReIntegratie.Bot.Appointments;

/// <summary>The payload of appointment work: ids only, never personal data.</summary>
public sealed record SummaryPayload(string AppointmentId, SummaryReason Reason);
