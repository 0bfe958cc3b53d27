using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Channel.Auth;
using ReIntegratie.Bot.Channel.Connector;
using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>
/// Runs a dialog turn by turn in memory, like Bot Builder's test adapter: send what the user says,
/// read what the bot answered. The stack is serialised between turns, as the real store would.
/// </summary>
public sealed class DialogTranscript(DialogSet dialogs, string rootDialogId)
{
    private static readonly ConnectorClient UnusedConnector = new(
        new HttpClient(), new BotCredentials(), FixedBotToken.Provider(), new TrustedServiceUrls(Options.Create(new ConnectorOptions())), NullLogger<ConnectorClient>.Instance);

    private string stackJson = "[]";
    private int turn;

    public DialogTurnResult? LastResult { get; private set; }

    public Task<IReadOnlyList<Activity>> SayAsync(string text) => SendAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    public Task<IReadOnlyList<Activity>> SubmitAsync(object value) =>
        SendAsync(new Activity { Type = ActivityTypes.Message, Value = JsonSerializer.SerializeToElement(value) });

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        activity.Id ??= $"t{++turn}";
        activity.ChannelId ??= "test";
        activity.ServiceUrl ??= "http://127.0.0.1:9/";
        activity.Conversation ??= new ConversationAccount { Id = "transcript" };
        activity.From ??= new ChannelAccount { Id = "user" };
        activity.Recipient ??= new ChannelAccount { Id = "bot" };
        var context = new TurnContext(activity, UnusedConnector);
        var stack = JsonSerializer.Deserialize<List<DialogInstance>>(stackJson, StorageJson.Options)!;
        var dc = new DialogContext(dialogs, context, stack, new TurnServices());

        LastResult = await dc.ContinueDialogAsync(default);
        if (LastResult.Status == DialogTurnStatus.Empty)
        {
            LastResult = await dc.BeginDialogAsync(rootDialogId, null, default);
        }

        stackJson = JsonSerializer.Serialize(stack, StorageJson.Options);
        return context.BufferedActivities;
    }

    public static IReadOnlyList<string?> Texts(IReadOnlyList<Activity> activities) => activities.Select(a => a.Text).ToList();
}
