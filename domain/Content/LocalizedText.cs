namespace ReIntegratie.Domain.Content;

/// <summary>One text in both languages.</summary>
public sealed record LocalizedText(string Nl, string En)
{
    public string In(Language language) => language == Language.English ? En : Nl;
}
