using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Conversations;

/// <summary>
/// A client's progress through the preparation, kept in their conversation document: which appointment
/// the invitation code linked, consent, the answers so far, and where they are.
/// The answers stay here while the client works; sharing copies what they chose to share to the
/// appointment's preparation document.
/// </summary>
public sealed class ClientJourney
{
    public string? AppointmentId { get; set; }
    public PreparationParts Parts { get; set; } = PreparationParts.CardSet | PreparationParts.CapabilityList;
    public ConsentStatus Consent { get; set; }
    public PreparationAnswers Answers { get; set; } = new();

    /// <summary>The step being asked now (see JourneySteps), and the steps already answered or skipped.</summary>
    public string? CurrentStep { get; set; }
    public List<string> VisitedSteps { get; set; } = [];

    /// <summary>The answer to "is another value important to you?": null until asked.</summary>
    public bool? WantsExtraValue { get; set; }

    /// <summary>The client was told once why a BSN-like number they typed is left out of the summary.</summary>
    public bool BsnNoticeGiven { get; set; }

    /// <summary>The client chose a PIN (its hash is on the appointment): the pause text tells how to use it.</summary>
    public bool HasPin { get; set; }

    public bool Paused { get; set; }
    public DateTimeOffset? SharedAt { get; set; }

    public void ForgetAnswers()
    {
        Answers = new PreparationAnswers();
        CurrentStep = null;
        VisitedSteps = [];
        WantsExtraValue = null;
    }
}
