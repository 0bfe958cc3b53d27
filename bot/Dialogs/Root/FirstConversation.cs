using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Root;

/// <summary>
/// The skeleton's conversation: greet a new member once (Dutch, or English for an English locale),
/// answer "help", and say politely that other text is not understood yet.
/// </summary>
public sealed class FirstConversation(TextCatalog texts, CommandCatalog commands) : IConversationHandler
{
    public async Task HandleAsync(TurnContext turnContext, ConversationState state, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var language = LanguageOf(state, activity);

        if (IsArrival(activity))
        {
            if (!state.Welcomed)
            {
                state.Welcomed = true;
                await turnContext.SendActivityAsync(texts.Get("bot.welcome", language), cancellationToken);
                await turnContext.SendActivityAsync(texts.Get("bot.help", language), cancellationToken);
            }

            return;
        }

        if (activity.IsType(ActivityTypes.Invoke))
        {
            turnContext.InvokeResponse = new InvokeResponse(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = texts.Get("bot.notUnderstood", language) });
            return;
        }

        if (!activity.IsType(ActivityTypes.Message))
        {
            return;
        }

        var reply = commands.Recognize(activity.Text) == CommandNames.Help ? "bot.help" : "bot.notUnderstood";
        await turnContext.SendActivityAsync(texts.Get(reply, language), cancellationToken);
    }

    private static Language LanguageOf(ConversationState state, Activity activity)
    {
        if (LanguageCodes.TryParse(state.Language, out var chosen))
        {
            return chosen;
        }

        var language = LanguageCodes.FromLocale(activity.Locale);
        state.Language = language.ToCode();
        return language;
    }

    private static bool IsArrival(Activity activity) =>
        (activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersAdded is { Count: > 0 }) ||
        (activity.IsType(ActivityTypes.InstallationUpdate) && activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true);
}
