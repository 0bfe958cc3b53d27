using System.Text;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Bot.Tests.Appointments;

/// <summary>
/// One conversation acts for an appointment, and erasure leaves nothing: a professional in Teams and
/// clients in Web Chat through the real host, on the local folder store and on Azurite (blobs and queue).
/// </summary>
public sealed class ClientDataOwnerTests : IAsyncLifetime
{
    private const string Tenant = "11111111-2222-3333-4444-555555555555";
    private const string ClientName = "Zora Testnaam";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly List<Func<Task>> cleanups = [];
    private LoopbackConnector connector = null!;

    public async Task InitializeAsync() => connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var cleanup in cleanups)
        {
            await cleanup();
        }

        await connector.DisposeAsync();
    }

    [Fact]
    public async Task OldConversation_ShouldBeCutOffAndToldOnce_WhenTheProfessionalGaveANewCodeThatAnotherConversationUsed()
    {
        await using var host = NewHost();
        var (_, appointmentId, first) = await SharedTwiceAsync(host);
        var sharedAt = (await Appointment(host, appointmentId)).SharedAt;
        var preparation = await ContentOf(host, "clients/" + appointmentId + "/preparation.json");

        var told = await first.SayAsync("ja");
        var again = await first.SayAsync("ja");

        Assert.Equal(BotTexts.Nl("journey.cutOff.continuedElsewhere"), Assert.Single(told).Text);
        Assert.DoesNotContain(again, reply => reply.Text == BotTexts.Nl("journey.cutOff.continuedElsewhere"));
        Assert.Null((await host.Services.GetRequiredService<ConversationStateStore>().ReadFreshAsync(ConversationStateStore.Key("webchat", "client-x"), default))!.Client?.AppointmentId);
        Assert.Equal(sharedAt, (await Appointment(host, appointmentId)).SharedAt);
        Assert.Equal(preparation, await ContentOf(host, "clients/" + appointmentId + "/preparation.json"));
        Assert.Equal("conversations/webchat/client-y.json", (await Appointment(host, appointmentId)).ClientConversation);
    }

    [Fact]
    public async Task NewCode_ShouldLeaveTheConversationGoingWithItsAnswers_UntilAnotherConversationUsesIt()
    {
        await using var host = NewHost();
        var (desk, appointmentId, client) = await StartedAsync(host);

        var newCode = await desk.NewCodeAsync(appointmentId);
        await AnswerSomeAsync(client, 2);
        var stillHere = await ContentOf(host, ConversationStateStore.Key("webchat", "client-x"));
        await new ClientChat(host, connector, "client-y").SayAsync(newCode);
        var told = await client.SayAsync(JourneyDriver.FreeText);

        Assert.Contains(JourneyDriver.FreeText, stillHere);
        Assert.Equal(BotTexts.Nl("journey.cutOff.continuedElsewhere"), Assert.Single(told).Text);
    }

    [Fact]
    public async Task CutOff_ShouldReachTheConversation_WhenAnotherInstanceBoundTheNewCodeAndThisOneHoldsItsStateInCache()
    {
        var storage = Path.Combine(Path.GetTempPath(), "reintegratie-tests", Guid.NewGuid().ToString("N"));
        cleanups.Add(() => Task.Run(() => Directory.Delete(storage, recursive: true)));
        await using var first = NewHost(new Dictionary<string, string?> { ["Storage:Path"] = storage });
        await using var second = NewHost(new Dictionary<string, string?> { ["Storage:Path"] = storage });
        var (desk, appointmentId, client) = await StartedAsync(first);
        var newCode = await desk.NewCodeAsync(appointmentId);

        await new ClientChat(second, connector, "client-y").SayAsync(newCode);
        var told = await client.SayAsync(JourneyDriver.FreeText);

        Assert.Equal(BotTexts.Nl("journey.cutOff.continuedElsewhere"), Assert.Single(told).Text);
        Assert.DoesNotContain(JourneyDriver.FreeText, await ContentOf(first, ConversationStateStore.Key("webchat", "client-x")) ?? "");
        Assert.Equal("conversations/webchat/client-y.json", (await Appointment(second, appointmentId)).ClientConversation);
    }

    [Theory]
    [InlineData("revokeInvitation", "journey.cutOff.withdrawn")]
    [InlineData("cancelAppointment", "journey.cutOff.cancelled")]
    public async Task Conversation_ShouldBeCutOffWithItsAnswersGone_WhenTheCodeIsWithdrawnOrTheAppointmentCancelled(string action, string toldKey)
    {
        await using var host = NewHost();
        var (desk, appointmentId, client) = await StartedAsync(host);

        await desk.ActAsync(action, appointmentId);
        var told = await client.SayAsync(JourneyDriver.FreeText);

        Assert.Equal(BotTexts.Nl(toldKey), Assert.Single(told).Text);
        Assert.DoesNotContain(JourneyDriver.FreeText, await ContentOf(host, ConversationStateStore.Key("webchat", "client-x")) ?? "");
        Assert.Null((await Appointment(host, appointmentId)).ClientConversation);
    }

    [Fact]
    public async Task LeftOverConversation_ShouldNotBringThePreparationBack_AfterTheProfessionalDeletedTheData()
    {
        await using var host = NewHost();
        var (desk, appointmentId, first) = await SharedTwiceAsync(host);
        await desk.DeleteClientDataAsync(appointmentId);

        await first.SayAsync("hallo"); // back on the review: share again, and confirm
        await first.SubmitAsync(new System.Text.Json.Nodes.JsonObject { ["answer"] = "share" });
        await first.SubmitAsync(new System.Text.Json.Nodes.JsonObject { ["answer"] = "true" });

        Assert.Empty(await KeysAsync(host, AppointmentStore.ClientPrefix(appointmentId)));
        Assert.Equal(AppointmentStatus.DataDeleted, (await Appointment(host, appointmentId)).Status);
    }

    public static TheoryData<string, string> DeletionPaths => new()
    {
        { "Local", "client" }, { "Local", "professional" }, { "Local", "retention" },
        { "Azurite", "client" }, { "Azurite", "professional" }, { "Azurite", "retention" },
    };

    [Theory]
    [MemberData(nameof(DeletionPaths))]
    public async Task Erasure_ShouldLeaveNeitherAnswersNorName_InTheWholeStore_AlsoOfAnEarlierConversationAndAWithdrawnCode(string store, string path)
    {
        await using var host = NewHost(await StoreSettingsAsync(store));
        var desk = new ProfessionalDesk(host, connector, Tenant);
        var (appointmentId, code) = await desk.CreateAppointmentAsync(ClientName, clock.GetUtcNow().AddDays(5));
        var lost = new ClientChat(host, connector, "client-lost");
        await lost.SayAsync(code);
        await AnswerSomeAsync(lost, 8); // the client loses this chat and asks for a new code
        var client = new ClientChat(host, connector, "client-new");
        await client.SayAsync(await desk.NewCodeAsync(appointmentId));
        await ShareAsync(client);
        Assert.NotEmpty(await DocumentsContainingAsync(host, JourneyDriver.FreeText));
        Assert.NotEmpty(await DocumentsContainingAsync(host, ClientName));

        switch (path)
        {
            case "client":
                await client.SayAsync("verwijder mijn gegevens");
                Assert.Equal(BotTexts.Nl("journey.delete.done"), (await client.SayAsync("ja")).Last().Text);
                break;
            case "professional":
                await desk.DeleteClientDataAsync(appointmentId);
                break;
            default:
                clock.Advance(TimeSpan.FromDays(5 + 1 + 2)); // past the appointment, the retention day and the sweep's grace
                while (await desk.DispatchAsync() > 0)
                {
                }

                break;
        }

        Assert.Equal(AppointmentStatus.DataDeleted, (await Appointment(host, appointmentId)).Status);
        Assert.Empty(await DocumentsContainingAsync(host, JourneyDriver.FreeText));
        Assert.Empty(await DocumentsContainingAsync(host, ClientName));
        Assert.Empty(await KeysAsync(host, "invitations/"));
        Assert.Empty((await KeysAsync(host, "conversations/webchat/")));
        Assert.Empty(await KeysAsync(host, AppointmentStore.ClientPrefix(appointmentId)));
        Assert.DoesNotContain(await QueueMessagesAsync(host), message => message.Contains(ClientName, StringComparison.Ordinal) || message.Contains(JourneyDriver.FreeText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConsentAndMyData_ShouldSayWhenTheDataGoes_FromTheRetentionAndSoftDeleteSettings()
    {
        await using var host = NewHost(new Dictionary<string, string?> { ["Retention:DaysAfterAppointment"] = "45", ["Retention:StorageSoftDeleteDays"] = "14" });
        var (_, code) = await new ProfessionalDesk(host, connector, Tenant).CreateAppointmentAsync(ClientName, clock.GetUtcNow().AddDays(5));
        var client = new ClientChat(host, connector, "client-x");

        var consent = ClientChat.CardOf((await client.SayAsync(code)).Last())!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var myData = (await client.SayAsync("mijn gegevens")).First().Text!;

        var expected = BotTexts.Nl("journey.dataGoes.backup").Replace("{days}", "45").Replace("{backupDays}", "14");
        Assert.Contains(expected, consent);
        Assert.Contains(expected, myData);
    }

    [Fact]
    public async Task WrongCodeLimit_ShouldHold_AfterTheClientDeletedTheirDataAndInANewConversation()
    {
        await using var host = NewHost();
        var chat = new ClientChat(host, connector, "guesser");
        await chat.SayAsync("hallo");
        for (var i = 0; i < InvitationAttemptLimiter.MaxFailedAttempts; i++)
        {
            await chat.SayAsync("AAAA-BBBB-CCC" + i);
        }

        await chat.SayAsync("verwijder mijn gegevens");
        await chat.SayAsync("ja");
        var again = await chat.SayAsync("AAAA-BBBB-CCCX");
        var elsewhere = await new ClientChat(host, connector, "guesser-2").SayAsync("AAAA-BBBB-CCCY");

        Assert.StartsWith(BotTexts.Nl(InvitationAttemptLimiter.TooManyAttemptsTextKey).Split('{')[0], again.Last().Text);
        Assert.StartsWith(BotTexts.Nl(InvitationAttemptLimiter.TooManyAttemptsTextKey).Split('{')[0], elsewhere.Last().Text);
    }

    [Fact]
    public async Task WrongCodeLimit_ShouldHoldForEveryone_WhenManyUsersGuess()
    {
        await using var host = NewHost();
        var (_, code) = await new ProfessionalDesk(host, connector, Tenant).CreateAppointmentAsync(ClientName, clock.GetUtcNow().AddDays(5));
        var users = InvitationAttemptLimiter.MaxFailedAttemptsInTotal / InvitationAttemptLimiter.MaxFailedAttempts;
        for (var user = 0; user < users; user++)
        {
            var guesser = new ClientChat(host, connector, "guesser-" + user, identity: a => a.From = new ReIntegratie.Bot.Channel.ChannelAccount { Id = "user-" + a.Conversation!.Id });
            for (var i = 0; i < InvitationAttemptLimiter.MaxFailedAttempts; i++)
            {
                await guesser.SayAsync("AAAA-BBBB-CCC" + i);
            }
        }

        var honest = await new ClientChat(host, connector, "honest", identity: a => a.From = new ReIntegratie.Bot.Channel.ChannelAccount { Id = "honest-user" }).SayAsync(code);

        Assert.StartsWith(BotTexts.Nl(InvitationAttemptLimiter.TooManyAttemptsTextKey).Split('{')[0], honest.Last().Text);
    }

    private BotHost NewHost(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Professionals:AllowedTenantIds:0"] = Tenant,
            ["Scheduling:PollInterval"] = "30.00:00:00",
            ["Retention:DaysAfterAppointment"] = "1",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new BotHost(settings, services => services.AddSingleton<TimeProvider>(clock));
    }

    private async Task<Dictionary<string, string?>> StoreSettingsAsync(string store)
    {
        if (store == "Local")
        {
            return [];
        }

        var container = await Azurite.NewContainerAsync();
        var queue = "q" + Guid.NewGuid().ToString("N")[..20];
        cleanups.Add(async () =>
        {
            await container.DeleteIfExistsAsync();
            await new QueueClient(Azurite.ConnectionString, queue).DeleteIfExistsAsync();
        });
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:ConnectionString"] = Azurite.ConnectionString,
            ["Storage:Container"] = container.Name,
            ["Scheduling:Provider"] = "AzureQueue",
            ["Scheduling:QueueName"] = queue,
        };
    }

    /// <summary>Client X uses the code and answers the first questions.</summary>
    private async Task<(ProfessionalDesk Desk, string AppointmentId, ClientChat Client)> StartedAsync(BotHost host)
    {
        var desk = new ProfessionalDesk(host, connector, Tenant);
        var (appointmentId, code) = await desk.CreateAppointmentAsync(ClientName, clock.GetUtcNow().AddDays(5));
        var client = new ClientChat(host, connector, "client-x");
        await client.SayAsync(code);
        await AnswerSomeAsync(client, 6);
        return (desk, appointmentId, client);
    }

    /// <summary>Client X uses the code and shares; the professional gives a new code, and client Y uses it and shares. Returns X.</summary>
    private async Task<(ProfessionalDesk Desk, string AppointmentId, ClientChat First)> SharedTwiceAsync(BotHost host)
    {
        var desk = new ProfessionalDesk(host, connector, Tenant);
        var (appointmentId, code) = await desk.CreateAppointmentAsync(ClientName, clock.GetUtcNow().AddDays(5));
        var first = new ClientChat(host, connector, "client-x");
        await first.SayAsync(code);
        await ShareAsync(first);
        var second = new ClientChat(host, connector, "client-y");
        await second.SayAsync(await desk.NewCodeAsync(appointmentId));
        await ShareAsync(second);
        return (desk, appointmentId, first);
    }

    private static async Task ShareAsync(ClientChat client) =>
        await new JourneyDriver(client, BotTexts.Nl("journey.review.shared")).ShareAsync();

    private static async Task AnswerSomeAsync(ClientChat client, int turns)
    {
        var driver = new JourneyDriver(client, BotTexts.Nl("journey.review.shared"));
        for (var i = 0; i < turns; i++)
        {
            await driver.StepAsync();
        }
    }

    private static async Task<Appointment> Appointment(BotHost host, string appointmentId) =>
        (await host.Services.GetRequiredService<AppointmentStore>().ReadAppointmentAsync(appointmentId, default))!.Value;

    private static async Task<string?> ContentOf(BotHost host, string key) =>
        (await host.Services.GetRequiredService<IDocumentStore>().ReadAsync(key, default)) is { } document ? Encoding.UTF8.GetString(document.Content) : null;

    private static async Task<List<string>> KeysAsync(BotHost host, string prefix)
    {
        var keys = new List<string>();
        await foreach (var key in host.Services.GetRequiredService<IDocumentStore>().ListAsync(prefix, default))
        {
            keys.Add(key);
        }

        return keys;
    }

    /// <summary>Every stored document (the whole folder or container) whose content holds the text, as JSON writes it.</summary>
    private static async Task<List<string>> DocumentsContainingAsync(BotHost host, string text)
    {
        var escaped = System.Text.Json.JsonSerializer.Serialize(text, StorageJson.Options)[1..^1];
        var found = new List<string>();
        foreach (var key in await KeysAsync(host, ""))
        {
            if (await ContentOf(host, key) is { } content && (content.Contains(text, StringComparison.Ordinal) || content.Contains(escaped, StringComparison.Ordinal)))
            {
                found.Add(key);
            }
        }

        return found;
    }

    private static async Task<List<string>> QueueMessagesAsync(BotHost host)
    {
        var configuration = host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
        if (configuration["Scheduling:Provider"] != "AzureQueue" || configuration["Scheduling:QueueName"] is not { } name)
        {
            return [];
        }

        var messages = await new QueueClient(Azurite.ConnectionString, name).PeekMessagesAsync(32);
        return [.. messages.Value.Select(m => m.Body.ToString())];
    }
}
