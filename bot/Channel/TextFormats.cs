namespace ReIntegratie.Bot.Channel;

public static class TextFormats
{
    public const string Plain = "plain";
    public const string Markdown = "markdown";
}
