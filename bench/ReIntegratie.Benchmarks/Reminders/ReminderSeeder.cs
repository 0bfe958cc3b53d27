using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ReIntegratie.Benchmarks.Micro;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Registrations;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Scheduling.Queue;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Bot.Wiring;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;
using ReIntegratie.Domain.Registrations;
using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Benchmarks.Reminders;

/// <summary>
/// Puts many clients with a registration reminder due in the same minute into the bot's storage without
/// turning each of them through the journey: with the bot's own wiring, stores and scheduler (built in
/// this process, configured like the bot process: Azure Blob and Azure Queue on the same Azurite, never
/// run as a host). Per client: the conversation document of a client who shared their preparation (a
/// template walked once through the real dialogs, with this client's appointment and conversation
/// reference), the appointment's links (which conversation is the client's), an OMA registration
/// assignment whose first reminder is due at the chosen minute, and that one reminder planned as the
/// bot plans it (<see cref="RegistrationScheduler"/>: one due entry under its minute).
/// </summary>
public sealed class ReminderSeeder : IAsyncDisposable
{
    public const string ChannelId = "webchat";
    private readonly WebApplication app;
    private readonly byte[] template;
    private readonly string serviceUrl;

    private ReminderSeeder(WebApplication app, byte[] template, string serviceUrl)
    {
        this.app = app;
        this.template = template;
        this.serviceUrl = serviceUrl;
    }

    /// <summary>One seeded client: their conversation (at the loopback connector) and appointment.</summary>
    public sealed record Client(string ConversationId, string AppointmentId)
    {
        public string ConversationKey => ConversationStateStore.Key(ChannelId, ConversationId);
    }

    /// <summary>The round trips the seeder's own store made (the bot process counts its own).</summary>
    public StorageOperationCounts Counts => Service<CountingDocumentStore>().Counts;

    /// <param name="settings">The bot's storage and scheduling settings (the same the bot process gets).</param>
    /// <param name="serviceUrl">The loopback connector, as the clients' conversation references name it.</param>
    /// <remarks>
    /// Only the bot's storage and scheduling wiring is used (not its dialogs): the scheduler is put
    /// together here from the bot's types with a placeholder handler for the reminder kind, so seeding
    /// does not depend on how the bot's handlers reach the scheduler.
    /// </remarks>
    public static async Task<ReminderSeeder> CreateAsync(IDictionary<string, string> settings, string serviceUrl)
    {
        var template = await TurnFixture.SharedJourneyStateAsync(ChannelId);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
        var configuration = new Dictionary<string, string?>(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Diagnostics:StorageCounters"] = "true", // Counts below: the counting store is only wired with this on
        };
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddDocumentStorage();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ReminderIndex>();
        builder.Services.AddSingleton<RegistrationScheduler>();
        return new ReminderSeeder(builder.Build(), template, serviceUrl);
    }

    public static Client NewClient(string runTag, int number) =>
        new($"rem-{runTag}-{number:D5}", Guid.NewGuid().ToString("N"));

    /// <summary>The client's conversation document and the appointment bound to it: independent of the due minute.</summary>
    public async Task SeedConversationAsync(Client client, CancellationToken cancellationToken)
    {
        var state = JsonSerializer.Deserialize<ConversationState>(template, StorageJson.Options)
                    ?? throw new InvalidOperationException("empty template state");
        var journey = state.Client ?? throw new InvalidOperationException("the template conversation has no client journey");
        journey.AppointmentId = client.AppointmentId;
        state.PendingEffects.Clear(); // made long ago: the template's own appointment is not in this store
        state.Reference = new ConversationReference
        {
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = client.ConversationId },
            User = new ChannelAccount { Id = "user-" + client.ConversationId, Name = "Bench" },
            Bot = new ChannelAccount { Id = "bench-bot", Name = "ReIntegratie" },
            Locale = "nl-NL",
        };
        state.LastActivityAt = DateTimeOffset.UtcNow;
        await CreateAsync(() => Service<ConversationStateStore>().SaveAsync(client.ConversationKey, state, etag: null, cancellationToken));
        var appointment = Appointment.Create(client.AppointmentId, "bench-professional", "Bench", DateTimeOffset.UtcNow.AddDays(30),
            PreparationParts.CardSet | PreparationParts.CapabilityList, Language.Dutch, DateTimeOffset.UtcNow);
        appointment.BindClient(client.ConversationKey);
        await CreateAsync(() => Service<JsonDocuments>().SaveAsync(AppointmentStore.AppointmentKey(client.AppointmentId), appointment, etag: null, cancellationToken));
    }

    /// <summary>
    /// A 14-day OMA assignment starting on the due minute's date with a reminder at that minute (the
    /// other two daily times an hour and two hours later, or earlier late in the day, so no other reminder
    /// of it falls due during the run), and that one reminder planned as the bot plans it.
    /// </summary>
    public async Task SeedReminderAsync(Client client, DateTimeOffset due, CancellationToken cancellationToken)
    {
        var local = AmsterdamTime.ToAmsterdam(due);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        IReadOnlyList<TimeOnly> times = time < new TimeOnly(22, 0)
            ? [time, time.AddHours(1), time.AddHours(2)]
            : [time.AddHours(-2), time.AddHours(-1), time];
        var assignment = RegistrationAssignment.CreateOma(RegistrationAssignment.NewId(), client.AppointmentId, DateOnly.FromDateTime(local.DateTime),
            "Hoofdpijn na het werk", DateTimeOffset.UtcNow, RegistrationDefaults.DurationDays, times);
        var reminder = ReminderSchedule.For(assignment).SingleOrDefault(r => r.DueAt == due)
                       ?? throw new InvalidOperationException($"the assignment has no reminder at {due:O}");
        await CreateAsync(() => new RegistrationStore(Service<JsonDocuments>()).CreateAsync(assignment, cancellationToken));
        await Service<RegistrationScheduler>().ScheduleAsync(assignment, cancellationToken);
    }

    /// <summary>
    /// Creates a document of this run (every key is new). On a busy machine the storage client may time
    /// out waiting for a create that did happen and send it again, which then finds the document: ours.
    /// </summary>
    private static async Task CreateAsync(Func<Task> create)
    {
        try
        {
            await create();
        }
        catch (DocumentConflictException)
        {
        }
    }

    private T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
