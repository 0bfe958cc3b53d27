using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>The bot's texts as the content files have them, so tests do not repeat copy.</summary>
public static class BotTexts
{
    public static string Nl(string key) => TextCatalog.Default.Get(key, Language.Dutch);

    public static string En(string key) => TextCatalog.Default.Get(key, Language.English);
}
