namespace ReIntegratie.Domain.Content;

/// <summary>The languages every client- and professional-facing text exists in. Dutch comes first.</summary>
public enum Language
{
    Dutch,
    English,
}
