namespace ReIntegratie.Domain.Registrations;

/// <summary>Lengths and counts the registration assignments accept. Ours to choose: the method sets none, except 7-10 stressors (docs/method.md §6.2, §8).</summary>
public static class RegistrationLimits
{
    /// <summary>The complaint or behaviour to register, in the client's words (e.g. "hoofdpijn", "kort lontje").</summary>
    public const int ComplaintMaxLength = 100;

    /// <summary>Each of the two optional OMA texts from week 2 (what happened; thought or feeling).</summary>
    public const int OmaTextMaxLength = 300;

    /// <summary>The notes of one worry session.</summary>
    public const int WorryNotesMaxLength = 2000;

    /// <summary>The one extra note a day outside the worry session.</summary>
    public const int WorryExtraNoteMaxLength = 500;

    /// <summary>One stressor: a concrete situation in a sentence or two.</summary>
    public const int StressorMaxLength = 300;

    /// <summary>The approach (A), strategy (B) or way to live with it (C) of one stressor.</summary>
    public const int StressorPlanMaxLength = 1000;

    /// <summary>A complete inventory lists at least this many stressors (the method's "zeven tot tien", docs/method.md §8).</summary>
    public const int MinStressors = 7;

    /// <summary>An inventory lists at most this many stressors.</summary>
    public const int MaxStressors = 10;

    public const int MinDurationDays = 1;

    /// <summary>Eight weeks: the method's example registers three weeks (docs/method.md §6.3); longer makes looking back less useful.</summary>
    public const int MaxDurationDays = 56;
}
