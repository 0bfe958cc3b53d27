namespace ReIntegratie.Bot.Appointments;

/// <summary>Why a client conversation may no longer act for its appointment; the conversation is told once.</summary>
public enum CutOffReason
{
    /// <summary>The professional gave a new code and another conversation used it, or the code was replaced.</summary>
    CodeReplaced,

    /// <summary>The professional withdrew the code.</summary>
    CodeWithdrawn,

    /// <summary>The appointment was cancelled.</summary>
    Cancelled,

    /// <summary>The client went on in another conversation (new code or PIN); their answers went with them.</summary>
    ContinuedElsewhere,
}
