using ReIntegratie.Bot.Channel;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Root;

/// <summary>
/// Marks a client turn's replies with the conversation's language (<c>nl-NL</c> or <c>en-US</c>), so a
/// chat page can set Web Chat's locale and its <c>lang</c> to the language the bot speaks.
/// </summary>
public static class ReplyLocale
{
    public static void Apply(TurnContext turnContext, string? languageCode)
    {
        if (!LanguageCodes.TryParse(languageCode, out var language))
        {
            return;
        }

        var locale = language == Language.English ? "en-US" : "nl-NL";
        foreach (var reply in turnContext.BufferedActivities)
        {
            reply.Locale = locale;
        }
    }
}
