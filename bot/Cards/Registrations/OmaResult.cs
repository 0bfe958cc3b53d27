using ReIntegratie.Domain.Registrations;

namespace ReIntegratie.Bot.Cards.Registrations;

/// <summary>A shared OMA registration as the professional's cards show it: its state and its overview at the time of the card.</summary>
public sealed record OmaResult(RegistrationStatus Status, OmaOverview Overview);
