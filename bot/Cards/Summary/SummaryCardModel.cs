using ReIntegratie.Bot.Cards.Registrations;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;
using ReIntegratie.Domain.Summary;

namespace ReIntegratie.Bot.Cards.Summary;

/// <summary>What the professional's summary card shows for one appointment.</summary>
/// <param name="AppointmentId">Carried in every action's data.</param>
/// <param name="ClientName">Display name or pseudonym; escaped on the card.</param>
/// <param name="Start">Shown in Europe/Amsterdam time, e.g. "di 1 dec 2026, 10:00".</param>
/// <param name="Language">The language of the card's labels.</param>
/// <param name="Progress">How far the client got ("Bezig met kaart 4 van 9").</param>
/// <param name="Summary">
/// The shared preparation, or null while the client has not shared: then the card shows only the
/// status and progress, and offers to send the invitation again.
/// </param>
public sealed record SummaryCardModel(
    string AppointmentId,
    string ClientName,
    DateTimeOffset Start,
    AppointmentStatus Status,
    Language Language,
    PreparationProgress Progress,
    PreparationSummary? Summary)
{
    /// <summary>Results of registration assignments the client shared, one plain line each (client text: escaped on the card).</summary>
    public IReadOnlyList<string> RegistrationLines { get; init; } = [];

    /// <summary>OMA registrations the client shared: the grid, the counted patterns and the client's notes.</summary>
    public IReadOnlyList<OmaResult> OmaResults { get; init; } = [];
}
