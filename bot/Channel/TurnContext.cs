using ReIntegratie.Bot.Channel.Connector;

namespace ReIntegratie.Bot.Channel;

/// <summary>
/// One turn: the activity that started it and the ways to answer. Sent activities are buffered and
/// delivered by the adapter after the bot's turn ended, so a turn's state is stored before its
/// replies go out, and a turn that is redone (after a storage conflict) does not answer twice.
/// </summary>
public sealed class TurnContext(Activity activity, ConnectorClient connector)
{
    private readonly List<Activity> buffered = [];
    private readonly List<Activity> updates = [];

    public Activity Activity { get; } = activity;

    public IReadOnlyList<Activity> BufferedActivities => buffered;

    public IReadOnlyList<Activity> BufferedUpdates => updates;

    /// <summary>Whether the bot started this turn itself (SDK: ContinueConversationAsync), not the channel.</summary>
    public bool IsProactive { get; init; }

    /// <summary>What the code that started the turn hands to the bot for this turn only (SDK: TurnState), e.g. a document it already read.</summary>
    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    /// <summary>Set by the bot for invoke activities; becomes the HTTP response.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    public Task SendActivityAsync(string text, CancellationToken cancellationToken) =>
        SendActivityAsync(Activity.CreateReply(text), cancellationToken);

    public Task SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ApplyConversation(activity);
        buffered.Add(activity);
        return Task.CompletedTask;
    }

    /// <summary>Replaces an earlier message (e.g. a card) in this conversation right away.</summary>
    public Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ApplyConversation(activity);
        var id = activity.Id ?? throw new ArgumentException("An update needs the id of the activity to replace.", nameof(activity));
        return connector.UpdateActivityAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, id, activity, cancellationToken);
    }

    /// <summary>Replaces an earlier message (e.g. an answered card) after the turn, with the replies.</summary>
    public void UpdateActivityAfterTurn(Activity activity)
    {
        ApplyConversation(activity);
        _ = activity.Id ?? throw new ArgumentException("An update needs the id of the activity to replace.", nameof(activity));
        updates.Add(activity);
    }

    /// <summary>Forgets what this turn meant to send: used when a turn is redone on fresh state.</summary>
    public void DiscardBufferedActivities()
    {
        buffered.Clear();
        updates.Clear();
        InvokeResponse = null;
    }

    private void ApplyConversation(Activity outgoing)
    {
        outgoing.Type ??= ActivityTypes.Message;
        outgoing.ChannelId ??= Activity.ChannelId;
        outgoing.ServiceUrl ??= Activity.ServiceUrl;
        outgoing.Conversation ??= Activity.Conversation;
        outgoing.From ??= Activity.Recipient;
        outgoing.Recipient ??= Activity.From;
        outgoing.Locale ??= Activity.Locale;
    }
}
