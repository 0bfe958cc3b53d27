namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>
/// What the client answers in one turn: one step, or on channels with cards the steps that belong on
/// one card (a work value's three questions, the circles). <see cref="Key"/> is its first step's key.
/// </summary>
public sealed record JourneyPage(IReadOnlyList<JourneyStep> Steps)
{
    public string Key => Steps[0].Key;

    public JourneyStep First => Steps[0];

    public bool IsGroup => Steps.Count > 1;

    public bool Contains(string? stepKey) => Steps.Any(step => step.Key == stepKey);
}
