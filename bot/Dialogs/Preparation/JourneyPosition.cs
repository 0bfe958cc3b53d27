using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>Where the client is in the whole journey: "Vraag 12 van 31", and about how long the rest takes.</summary>
public sealed record JourneyPosition(int Number, int Total, double SecondsLeft)
{
    public int MinutesLeft => AnsweringModel.Minutes(SecondsLeft);
}
