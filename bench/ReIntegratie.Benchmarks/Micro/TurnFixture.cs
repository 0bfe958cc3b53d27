using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Benchmarks.Driver;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Channel.Connector;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Root;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Bot.Wiring;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Benchmarks.Micro;

/// <summary>
/// The bot's own services (built by its wiring, never run as a host) and a conversation walked in
/// memory up to a chosen question: its stored state and the client's answer to that question, as
/// bytes, so each benchmark iteration starts from the same point.
/// </summary>
public sealed class TurnFixture : IAsyncDisposable
{
    private const string ServiceUrl = "http://127.0.0.1:9/";
    private readonly WebApplication app;
    private readonly string storage;

    private TurnFixture(WebApplication app, string storage)
    {
        this.app = app;
        this.storage = storage;
    }

    public IConversationHandler Handler => app.Services.GetRequiredService<IConversationHandler>();

    public ConnectorClient Connector => app.Services.GetRequiredService<ConnectorClient>();

    public T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    /// <summary>The conversation document just before the client answers the chosen question.</summary>
    public byte[] StateJson { get; private set; } = [];

    /// <summary>The activity (wire JSON) that answers the chosen question, as Web Chat posts it.</summary>
    public byte[] AnswerJson { get; private set; } = [];

    public static async Task<TurnFixture> CreateAsync(string stepPrefix, int skip, string channelId = "webchat") =>
        await WalkAsync(stepPrefix, skip, channelId);

    /// <summary>
    /// The conversation document of a client who walked the whole journey and shared it (the state a
    /// client is in when registration reminders start): a realistic template for seeding many clients.
    /// </summary>
    public static async Task<byte[]> SharedJourneyStateAsync(string channelId = "webchat")
    {
        await using var fixture = await WalkAsync(stepPrefix: null, skip: 0, channelId);
        return fixture.StateJson;
    }

    private static async Task<TurnFixture> WalkAsync(string? stepPrefix, int skip, string channelId)
    {
        var storage = Path.Combine(Path.GetTempPath(), "reintegratie-bench-micro", Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Local",
            ["Storage:Path"] = storage,
            ["Scheduling:PollInterval"] = "01:00:00",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddChannel();
        builder.AddDocumentStorage();
        builder.AddScheduling();
        builder.AddConversations();
        builder.Services.AddSingleton<Bot.Scheduling.IWorkScheduler>(new NoScheduledWork { DropScheduling = stepPrefix is null });
        var fixture = new TurnFixture(builder.Build(), storage);
        await fixture.WalkToAsync(stepPrefix, skip, channelId);
        return fixture;
    }

    /// <summary>One turn as the bot runs it, minus the I/O: load state from bytes, act, remember, store state as bytes.</summary>
    public async Task<(TurnContext Turn, byte[] State)> RunTurnAsync(Activity activity, byte[] stateJson)
    {
        var state = JsonSerializer.Deserialize<ConversationState>(stateJson, StorageJson.Options)!;
        var turn = new TurnContext(activity, Connector);
        if (!state.HasProcessed(activity.Id))
        {
            await Handler.HandleAsync(turn, state, CancellationToken.None);
            state.RememberProcessed(activity.Id);
            state.Reference = activity.GetConversationReference();
            state.LastActivityAt = DateTimeOffset.UtcNow;
        }

        return (turn, JsonSerializer.SerializeToUtf8Bytes(state, StorageJson.Options));
    }

    /// <summary>Walks the journey up to the chosen step, or (no <paramref name="stepPrefix"/>) until it is shared.</summary>
    private async Task WalkToAsync(string? stepPrefix, int skip, string channelId)
    {
        var appointments = app.Services.GetRequiredService<AppointmentStore>();
        var now = DateTimeOffset.UtcNow;
        var appointment = Appointment.Create(Appointment.NewId(), "bench-professional", "Cliënt Micro", now.AddDays(14), PreparationParts.CardSet | PreparationParts.CapabilityList, Language.Dutch, now);
        var code = InvitationCode.New();
        await appointments.CreateAsync(appointment, Invitation.Issue(code, appointment.Id, now.AddDays(14)), TimeSpan.FromHours(24), CancellationToken.None);

        var answers = new JourneyAnswers(PreparationContent.Default.Texts.Get("journey.review.shared", Language.Dutch));
        var who = new ChannelIdentity(channelId, "micro-" + Guid.NewGuid().ToString("N")[..8], "micro-user");
        var state = JsonSerializer.SerializeToUtf8Bytes(new ConversationState(), StorageJson.Options);
        var sequence = 0;
        var next = OutgoingActivity.Join;
        var seen = 0;
        for (var turnNumber = 0; turnNumber < 200; turnNumber++)
        {
            var wire = ActivityJson.Write(next, who, $"{who.ConversationId}-{++sequence}", ServiceUrl);
            var (turn, after) = await RunTurnAsync(Parse(wire), state);
            state = after;
            var last = turn.BufferedActivities[^1];
            var journey = JsonSerializer.Deserialize<ConversationState>(state, StorageJson.Options)!.Client;
            if (stepPrefix is not null && journey?.CurrentStep?.StartsWith(stepPrefix, StringComparison.Ordinal) == true && seen++ >= skip)
            {
                StateJson = state;
                AnswerJson = ActivityJson.Write(answers.Next(Wire(last))!, who, $"{who.ConversationId}-{++sequence}", ServiceUrl);
                return;
            }

            if (turnNumber > 0 && stepPrefix is null && answers.IsShared(Wire(last)))
            {
                StateJson = state;
                return;
            }

            next = turnNumber == 0 ? OutgoingActivity.Say(code.Formatted) : answers.Next(Wire(last)) ?? throw new InvalidOperationException("shared before the step was reached");
        }

        throw new InvalidOperationException(stepPrefix is null ? "the journey was not shared within 200 turns" : $"no step starting with '{stepPrefix}' within 200 turns");
    }

    public static Activity Parse(byte[] wire) => JsonSerializer.Deserialize<Activity>(wire, ProtocolJson.Options)!;

    public static byte[] Wire(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options);

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        try
        {
            Directory.Delete(storage, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
