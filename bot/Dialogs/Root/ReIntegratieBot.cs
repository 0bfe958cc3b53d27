using System.Text.Json;
using Microsoft.Extensions.Logging;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Root;

/// <summary>
/// Runs a turn against the conversation's stored state: load (usually from cache), skip when this
/// activity id was already processed, let the handler act, then one conditional write. When another
/// turn or instance wrote first, the turn is redone on fresh state with its unsent replies discarded,
/// so no answer is lost and none is doubled. A storage outage becomes a 503 for the channel to retry.
/// What a turn changes outside its own document (sharing, consent's appointment update) is recorded
/// in the state and made only after the state's write succeeded, so a redone turn never makes it twice.
/// </summary>
public sealed partial class ReIntegratieBot(
    ConversationStateStore states,
    IConversationHandler handler,
    IConversationEffects effects,
    TextCatalog texts,
    TimeProvider clock,
    ILogger<ReIntegratieBot> logger) : IBot
{
    private const int MaxAttempts = 6;

    public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!IsHandled(activity))
        {
            return; // typing, reactions and unknown types: acknowledged, nothing stored
        }

        var key = ConversationStateStore.Key(activity.ChannelId!, activity.Conversation!.Id!);
        try
        {
            await RunWithStateAsync(turnContext, key, cancellationToken);
        }
        catch (StorageUnavailableException exception)
        {
            throw new TransientTurnFailureException("storage unavailable", exception);
        }
    }

    public Task OnTurnErrorAsync(TurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Message))
        {
            return Task.CompletedTask;
        }

        // The stored state is untouched (the failed turn never saved), so the cached copy is still right.
        return turnContext.SendActivityAsync(texts.Get("bot.turnError", LanguageCodes.FromLocale(activity.Locale)), cancellationToken);
    }

    private async Task RunWithStateAsync(TurnContext turnContext, string key, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        for (var attempt = 1; ; attempt++)
        {
            turnContext.DiscardBufferedActivities();
            var stored = await LoadAsync(key, cancellationToken);
            var state = stored?.Value ?? new ConversationState();
            var before = turnContext.IsProactive && stored is not null ? JsonSerializer.SerializeToUtf8Bytes(state, StorageJson.Options) : null;

            // Left over from an earlier turn whose second write did not happen: made now, cleared by this turn's write.
            var leftOver = await RunEffectsAsync(key, state, cancellationToken);
            if (state.HasProcessed(activity.Id))
            {
                LogDuplicate(logger, activity.Id!);
                if (leftOver)
                {
                    await TrySaveAsync(key, state, stored?.ETag, cancellationToken);
                }

                return;
            }

            await handler.HandleAsync(turnContext, state, cancellationToken);
            if (before is not null && before.AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(state, StorageJson.Options)))
            {
                return; // a turn the bot started that changed nothing (e.g. a reminder on a card channel) writes nothing
            }

            state.RememberProcessed(activity.Id);
            state.Reference = activity.Name == "ContinueConversation" ? state.Reference ?? activity.GetConversationReference() : activity.GetConversationReference();
            state.LastActivityAt = clock.GetUtcNow();
            try
            {
                if (state.DeleteWhenTurnEnds)
                {
                    await states.DeleteAsync(key, cancellationToken);
                    return;
                }

                var etag = await states.SaveAsync(key, state, stored?.ETag, cancellationToken);
                LogTurnStored(logger, activity.Type!, activity.Id ?? "-", attempt);
                if (await RunEffectsAsync(key, state, cancellationToken))
                {
                    // Not written now: the next turn's write stores the cleared list. Until then the store still
                    // lists them, and a turn on another instance makes them again, which changes nothing.
                    states.Remember(key, state, etag);
                }

                return;
            }
            catch (DocumentConflictException) when (attempt < MaxAttempts)
            {
                LogConflict(logger, activity.Id ?? "-", attempt);
            }
            catch (DocumentConflictException exception)
            {
                throw new TransientTurnFailureException("conversation kept changing", exception);
            }
        }
    }

    /// <summary>
    /// Makes the state's pending effects, in order, and removes those made. One that fails stays pending
    /// (with those after it) for the next turn: the client's turn itself is already stored.
    /// </summary>
    private async Task<bool> RunEffectsAsync(string key, ConversationState state, CancellationToken cancellationToken)
    {
        var made = 0;
        foreach (var effect in state.PendingEffects)
        {
            try
            {
                await effects.RunAsync(key, state, effect, cancellationToken);
                LogEffectMade(logger, effect.Kind.ToString(), effect.AppointmentId);
                made++;
            }
            catch (Exception exception) when (exception is StorageUnavailableException or DocumentConflictException or InvalidDataException)
            {
                LogEffectPending(logger, effect.Kind.ToString(), effect.AppointmentId, exception.GetType().Name);
                break;
            }
        }

        state.PendingEffects.RemoveRange(0, made);
        return made > 0;
    }

    /// <summary>Writes the state after left-over effects were made; losing this write only means the next turn makes them again, which changes nothing.</summary>
    private async Task TrySaveAsync(string key, ConversationState state, string? etag, CancellationToken cancellationToken)
    {
        try
        {
            await states.SaveAsync(key, state, etag, cancellationToken);
        }
        catch (Exception exception) when (exception is DocumentConflictException or StorageUnavailableException)
        {
            LogEffectsNotCleared(logger, key);
        }
    }

    private async Task<Versioned<ConversationState>?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await states.LoadAsync(key, cancellationToken);
        }
        catch (InvalidDataException)
        {
            // A damaged document is never overwritten by a fresh one: that would lose the client's answers.
            LogUnreadableState(logger, key);
            throw new TransientTurnFailureException("conversation document unreadable");
        }
    }

    private static bool IsHandled(Activity activity) =>
        activity.IsType(ActivityTypes.Message) ||
        activity.IsType(ActivityTypes.ConversationUpdate) ||
        activity.IsType(ActivityTypes.InstallationUpdate) ||
        activity.IsType(ActivityTypes.Invoke) ||
        activity.IsType(ActivityTypes.Event);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Duplicate activity {ActivityId} ignored")]
    private static partial void LogDuplicate(ILogger logger, string activityId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Turn for {ActivityType} {ActivityId} stored (attempt {Attempt})")]
    private static partial void LogTurnStored(ILogger logger, string activityType, string activityId, int attempt);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Conversation changed during turn {ActivityId} (attempt {Attempt}); redoing on fresh state")]
    private static partial void LogConflict(ILogger logger, string activityId, int attempt);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Effect {Kind} for appointment {AppointmentId} made")]
    private static partial void LogEffectMade(ILogger logger, string kind, string appointmentId);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Effect {Kind} for appointment {AppointmentId} not made ({Failure}); it stays pending for the next turn")]
    private static partial void LogEffectPending(ILogger logger, string kind, string appointmentId, string failure);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Left-over effects made but not cleared from conversation {Key}; the next turn makes them again (no change)")]
    private static partial void LogEffectsNotCleared(ILogger logger, string key);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "Conversation document {Key} cannot be read; turn refused, document left untouched")]
    private static partial void LogUnreadableState(ILogger logger, string key);
}
