namespace ReIntegratie.Domain.Preparation;

/// <summary>How the client gives one answer on a screen; each kind costs its own time in <see cref="AnsweringModel"/>.</summary>
public enum AnswerInput
{
    /// <summary>One press on a button (a one-tap choice, yes or no).</summary>
    Tap,

    /// <summary>One option picked in a list (or a number typed).</summary>
    Choice,

    /// <summary>Several options picked in a list, optionally with own words.</summary>
    MultiChoice,

    /// <summary>A point from 1 to 5.</summary>
    Scale,

    /// <summary>A few words in the client's own words (a name, a code).</summary>
    ShortText,

    /// <summary>An open answer in the client's own words.</summary>
    Text,
}
