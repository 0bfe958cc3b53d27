using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>The conversation's state and language as the journey's dialogs see them during a turn.</summary>
public static class JourneyContext
{
    public static ConversationState State(this DialogContext dc) => dc.Services.Get<ConversationState>();

    public static ClientJourney Journey(this DialogContext dc) => dc.State().Client ??= new ClientJourney();

    public static Language Language(this DialogContext dc) =>
        LanguageCodes.TryParse(dc.State().Language, out var language) ? language : Domain.Content.Language.Dutch;
}
