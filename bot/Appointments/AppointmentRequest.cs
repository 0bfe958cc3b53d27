using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Appointments;

/// <summary>A checked "new appointment" form. <see cref="FormId"/> becomes the appointment id, so a double submit creates one appointment.</summary>
public sealed record AppointmentRequest(string FormId, string ClientName, DateTimeOffset Start, PreparationParts Parts, Language Language, TimeSpan SummaryLeadTime);
