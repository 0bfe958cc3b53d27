using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>
/// A client in one conversation with the bot, through the real HTTP endpoint: says things, presses card
/// buttons, and reads what the bot sent to the loopback connector.
/// </summary>
public sealed class ClientChat(BotHost host, LoopbackConnector connector, string conversationId = "client-1", string channelId = "webchat", string locale = "nl-NL", Action<Activity>? identity = null)
{
    /// <summary>A professional in Teams: an Entra user of the given tenant in a personal chat.</summary>
    public static ClientChat Professional(BotHost host, LoopbackConnector connector, string tenantId, string objectId = "prof-1") =>
        new(host, connector, "a:personal-" + objectId, "msteams", "nl-NL", activity =>
        {
            activity.From = new ChannelAccount { Id = "29:" + objectId, AadObjectId = objectId, Name = "Professional" };
            activity.Recipient = new ChannelAccount { Id = "28:bot" };
            activity.Conversation = new ConversationAccount { Id = "a:personal-" + objectId, TenantId = tenantId, ConversationType = "personal" };
        });

    private readonly string instance = Guid.NewGuid().ToString("N")[..6];
    private int sequence;
    private int seen;

    public string ConversationId => conversationId;

    public List<Activity> Transcript { get; } = [];

    public Activity? LastReply => Transcript.LastOrDefault();

    public async Task<IReadOnlyList<Activity>> SayAsync(string text) => await SendAsync(activity => activity.Text = text);

    public async Task<IReadOnlyList<Activity>> SubmitAsync(JsonObject value) =>
        await SendAsync(activity => activity.Value = JsonSerializer.SerializeToElement(value));

    /// <summary>
    /// Presses a button of a card the bot sent, as Web Chat and Teams do: the button's data plus the
    /// card's inputs (unless the button sends none). Teams names the card's activity in replyToId.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> PressAsync(Activity cardMessage, string title, JsonObject? inputs = null, string? replyToId = null)
    {
        var card = CardOf(cardMessage) ?? throw new InvalidOperationException("no card in that message");
        var button = Walk(card).First(n => n["type"]?.GetValue<string>() == "Action.Submit" && n["title"]?.GetValue<string>() == title);
        var value = button["data"]!.DeepClone().AsObject();
        if (button["associatedInputs"]?.GetValue<string>() != "none")
        {
            foreach (var (id, input) in inputs ?? [])
            {
                value[id] = input?.DeepClone();
            }
        }

        return await SendAsync(activity =>
        {
            activity.Value = JsonSerializer.SerializeToElement(value);
            activity.ReplyToId = replyToId;
        });
    }

    /// <summary>Which host receives the next activity (several instances can share one store).</summary>
    public Func<BotHost>? HostPicker { get; set; }

    /// <summary>How many times each activity is delivered (a channel retrying), all at once.</summary>
    public int Deliveries { get; set; } = 1;

    public async Task<IReadOnlyList<Activity>> SendAsync(Action<Activity> fill, string type = ActivityTypes.Message)
    {
        var activity = Activities.Of(type, connector.ServiceUrl, conversationId, channelId);
        activity.Id = $"{conversationId}|{instance}{Interlocked.Increment(ref sequence):D5}";
        activity.Locale = locale;
        identity?.Invoke(activity);
        fill(activity);
        var target = HostPicker?.Invoke() ?? host;
        var responses = await Task.WhenAll(Enumerable.Range(0, Deliveries).Select(_ => target.PostActivityAsync(activity)));
        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        return NewReplies();
    }

    /// <summary>What the bot sent to this conversation since the last look.</summary>
    public IReadOnlyList<Activity> NewReplies()
    {
        var mine = connector.ActivityRequests.Where(r => r.Method == "POST").Select(r => r.Activity).Where(a => a.Conversation?.Id == conversationId).ToList();
        var fresh = mine.Skip(seen).ToList();
        seen = mine.Count;
        Transcript.AddRange(fresh);
        return fresh;
    }

    /// <summary>The messages the bot replaced in this conversation (Connector update activity), by the replaced activity's id.</summary>
    public IReadOnlyList<(string ActivityId, Activity Replacement)> Updates() =>
        connector.ActivityRequests
            .Where(r => r.Method == "PUT" && r.Path.StartsWith($"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/", StringComparison.Ordinal))
            .Select(r => (Uri.UnescapeDataString(r.Path[(r.Path.LastIndexOf('/') + 1)..]), r.Activity))
            .ToList();

    public static JsonObject? CardOf(Activity? activity) =>
        activity?.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content is { } content
            ? JsonNode.Parse(content.GetRawText())!.AsObject()
            : null;

    public static IEnumerable<JsonObject> Inputs(JsonObject card) => Walk(card).Where(n => n["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true);

    private static IEnumerable<JsonObject> Walk(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.Select(p => p.Value).SelectMany(Walk)),
        JsonArray a => a.SelectMany(Walk),
        _ => [],
    };

    /// <summary>Creates an appointment and its invitation through the domain and the host's store; returns the code.</summary>
    public static async Task<string> NewAppointmentAsync(BotHost host, PreparationParts parts = PreparationParts.CardSet | PreparationParts.CapabilityList, TimeSpan? codeLifetime = null, Language language = Language.Dutch)
    {
        var store = host.Services.GetRequiredService<AppointmentStore>();
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var appointment = Appointment.Create(Appointment.NewId(), "professional-1", "Test Cliënt", now.AddDays(7), parts, language, now);
        var code = InvitationCode.New();
        await store.CreateAsync(appointment, Invitation.Issue(code, appointment.Id, now + (codeLifetime ?? TimeSpan.FromDays(14))), TimeSpan.FromHours(24), default);
        host.LastAppointmentId = appointment.Id;
        return code.Formatted;
    }

}
