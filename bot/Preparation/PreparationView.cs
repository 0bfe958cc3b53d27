using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Preparation;
using ReIntegratie.Domain.Registrations;

namespace ReIntegratie.Bot.Preparation;

/// <summary>What the professional may see of an appointment's preparation now: progress, and what the client shared.</summary>
/// <param name="Shared">The shared preparation (only the parts the client chose), or null before sharing.</param>
/// <param name="SharedRegistrations">The registration assignments the client chose to share.</param>
public sealed record PreparationView(
    Appointment Appointment,
    PreparationProgress Progress,
    PreparationAnswers? Shared,
    IReadOnlyList<RegistrationAssignment> SharedRegistrations);
