using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Registrations;

/// <summary>How many of the slots asked so far have an answer (an answer given before its reminder counts as asked too).</summary>
public sealed record CompletionRate(int Answered, int Asked)
{
    /// <summary>Answered / asked, 0 when nothing was asked yet.</summary>
    public double Fraction => Asked == 0 ? 0 : (double)Answered / Asked;

    /// <summary>The fraction as a whole percentage, rounded half away from zero.</summary>
    public int Percent => (int)Math.Round(Fraction * 100, MidpointRounding.AwayFromZero);

    /// <summary>"Je hebt 30 van de 36 momenten ingevuld." or, when nothing was asked yet, a text saying so.</summary>
    public string Text(TextCatalog texts, Language language)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Asked == 0
            ? texts.Get(RegistrationTextKeys.OverviewCompletionNone, language)
            : texts.Format(RegistrationTextKeys.OverviewCompletion, language, new Dictionary<string, string>
            {
                ["answered"] = Answered.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["asked"] = Asked.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
    }
}
