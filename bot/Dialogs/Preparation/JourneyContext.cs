using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>The conversation's state and language as the journey's dialogs see them during a turn.</summary>
public static class JourneyContext
{
    public static ConversationState State(this DialogContext dc) => dc.Services.Get<ConversationState>();

    public static ClientJourney Journey(this DialogContext dc) => dc.State().Client ??= new ClientJourney();

    /// <summary>The key of this conversation's document: what the appointment's binding names.</summary>
    public static string ConversationKey(this DialogContext dc) =>
        ConversationStateStore.Key(dc.Context.Activity.ChannelId!, dc.Context.Activity.Conversation!.Id!);

    /// <summary>Records a change outside this conversation, made once the turn is stored (see <see cref="ConversationEffect"/>).</summary>
    public static void AddEffect(this DialogContext dc, ConversationEffectKind kind, string appointmentId) =>
        dc.State().PendingEffects.Add(new ConversationEffect(kind, appointmentId, dc.Context.Activity.Id ?? ""));

    public static Language Language(this DialogContext dc) =>
        LanguageCodes.TryParse(dc.State().Language, out var language) ? language : Domain.Content.Language.Dutch;
}
