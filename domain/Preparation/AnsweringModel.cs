namespace ReIntegratie.Domain.Preparation;

/// <summary>
/// How long the journey takes a typical client: reading every word shown at a slow reading pace, plus a
/// fixed time per answer by kind, plus a moment per screen to wait for it and find the question. The
/// progress line ("nog ongeveer 9 minuten") and the invitation's minute figure both come from here.
/// The figures and their sources are in docs/journey-time.md.
/// </summary>
public static class AnsweringModel
{
    /// <summary>Silent reading of plain (B1) text on a phone: well below the adult average of about 240.</summary>
    public const int ReadingWordsPerMinute = 200;

    /// <summary>The bot's reply arriving and the eye finding the question.</summary>
    public const double SecondsPerScreen = 3;

    /// <summary>An open answer: a short sentence (about 6 words) typed at 30 words a minute, after about 6 seconds of thinking.</summary>
    public const double SecondsPerText = 18;

    public static double SecondsFor(AnswerInput input) => input switch
    {
        AnswerInput.Tap => 2,
        AnswerInput.Choice => 3,
        AnswerInput.MultiChoice => 6,
        AnswerInput.Scale => 3,
        AnswerInput.ShortText => 8,
        _ => SecondsPerText,
    };

    public static double Seconds(ScreenWork screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        return SecondsPerScreen + screen.Words * 60.0 / ReadingWordsPerMinute + screen.Inputs.Sum(SecondsFor);
    }

    public static double Seconds(IEnumerable<ScreenWork> screens) => screens.Sum(Seconds);

    /// <summary>Whole minutes as a client would say them: rounded, and at least one.</summary>
    public static int Minutes(double seconds) => Math.Max(1, (int)Math.Round(seconds / 60, MidpointRounding.AwayFromZero));
}
