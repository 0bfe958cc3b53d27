namespace ReIntegratie.Bot.Cards.Summary;

/// <summary>
/// How much of the client's own text the card shows, in characters per text: answers on the cards,
/// and the other client texts (own agenda, registration lines). 0 leaves the text out with a note.
/// </summary>
internal sealed record ClientTextLimit(int AnswerChars, int OtherChars)
{
    /// <summary>Longest text the card shows in full: the longest a question allows.</summary>
    public const int Full = 1000;

    /// <summary>Longest registration line.</summary>
    public const int RegistrationLine = 200;

    /// <summary>Longest value name in the client's own words (the content allows 100).</summary>
    public const int ValueName = 100;

    /// <summary>
    /// From full to nothing: when a card is too large, the answers shrink first (they are behind a
    /// toggle and the least important), then the own agenda and the registrations.
    /// </summary>
    public static IReadOnlyList<ClientTextLimit> Steps { get; } =
    [
        new(Full, Full),
        new(750, Full),
        new(500, Full),
        new(350, Full),
        new(250, Full),
        new(150, Full),
        new(100, Full),
        new(0, Full),
        new(0, 400),
        new(0, 150),
        new(0, 0),
    ];

    public int RegistrationChars => Math.Min(OtherChars, RegistrationLine);
}
