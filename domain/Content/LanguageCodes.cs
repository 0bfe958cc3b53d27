namespace ReIntegratie.Domain.Content;

/// <summary>Maps between <see cref="Language"/> and the codes used in data files and activity locales.</summary>
public static class LanguageCodes
{
    public const string Dutch = "nl";
    public const string English = "en";

    public static string ToCode(this Language language) => language switch
    {
        Language.Dutch => Dutch,
        Language.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
    };

    public static bool TryParse(string? code, out Language language)
    {
        language = Language.Dutch;
        switch (code?.Trim().ToLowerInvariant())
        {
            case Dutch: language = Language.Dutch; return true;
            case English: language = Language.English; return true;
            default: return false;
        }
    }

    /// <summary>
    /// The language for an activity locale such as "nl-NL" or "en-US". Anything that is not English
    /// (including a missing locale) is Dutch: the product's first language.
    /// </summary>
    public static Language FromLocale(string? locale) =>
        locale is not null && locale.Trim().StartsWith(English, StringComparison.OrdinalIgnoreCase)
            ? Language.English
            : Language.Dutch;
}
