namespace ReIntegratie.Domain.Registrations;

/// <summary>What one cell of the OMA grid shows.</summary>
public enum OmaCellState
{
    /// <summary>Not asked (yet): its reminder is still to come, or the reminders were paused.</summary>
    NotAsked,

    /// <summary>Asked, not filled in.</summary>
    Unanswered,

    /// <summary>The complaint or behaviour occurred.</summary>
    Occurred,

    /// <summary>It did not occur.</summary>
    DidNotOccur,
}
