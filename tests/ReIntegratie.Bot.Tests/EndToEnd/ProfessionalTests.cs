using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Bot.Tests.EndToEnd;

/// <summary>The professional in Teams and the client in Web Chat, both through the real HTTP endpoint.</summary>
public sealed class ProfessionalTests : IAsyncLifetime
{
    private const string Tenant = "11111111-2222-3333-4444-555555555555";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private LoopbackConnector connector = null!;
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        host = NewHost(new Dictionary<string, string?>());
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
    }

    private BotHost NewHost(Dictionary<string, string?> settings, FakeTimeProvider? time = null)
    {
        settings["Professionals:AllowedTenantIds:0"] = Tenant;
        return new BotHost(settings, services =>
        {
            services.AddSingleton<TimeProvider>(time ?? clock);
            WithoutBackgroundRounds(services);
        });
    }

    /// <summary>
    /// The tests run every dispatch round themselves, so the background loops are taken out: what a
    /// round sent is then all sent when the test's own round returns, and nothing arrives later.
    /// </summary>
    private static void WithoutBackgroundRounds(IServiceCollection services)
    {
        var loops = services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory is not null).ToList();
        Assert.Equal(2, loops.Count); // the work dispatcher and the reminder dispatcher
        foreach (var loop in loops)
        {
            services.Remove(loop);
        }
    }

    [Fact]
    public async Task ProfessionalAndClient_ShouldEndWithTheSummaryAtTheProfessional_WhenTheClientShares()
    {
        var professional = ClientChat.Professional(host, connector, Tenant);
        var greeting = await professional.SendAsync(a => a.MembersAdded = [new() { Id = "28:bot" }], ActivityTypes.ConversationUpdate);
        Assert.Equal(BotTexts.Nl("professional.welcome"), greeting[0].Text);

        var created = await CreateAppointmentAsync(professional, "Sam", clock.GetUtcNow().AddDays(3));
        var code = CodeIn(created[0].Text!);
        Assert.Contains(code, created[1].Text);
        Assert.Contains("?code=" + code, created[1].Text);

        var client = new ClientChat(host, connector, "client-web");
        await client.SayAsync(code);
        await new JourneyDriver(client, BotTexts.Nl("journey.review.shared")).ShareAsync();
        professional.NewReplies();
        Assert.Equal(1, await DispatchAsync(host));

        var delivered = professional.NewReplies();
        Assert.Equal(BotTexts.Nl("professional.sharedNotice").Replace("{name}", "Sam"), delivered[0].Text);
        var card = ClientChat.CardOf(delivered[1])!;
        Assert.Contains("Sam", card.ToJsonString());
        Assert.Contains(JourneyDriver.FreeText, Readable(card)); // the client's own words reached the professional
        Assert.Equal("a:personal-prof-1", delivered[1].Conversation!.Id);
        AssertValidTeamsCard(card);
    }

    [Fact]
    public async Task BeforeAppointmentCard_ShouldArriveOnceAtTheChosenTime_EvenWhenTheClientDidNotStart()
    {
        var professional = ClientChat.Professional(host, connector, Tenant);
        await professional.SayAsync("help");
        var start = clock.GetUtcNow().AddDays(3);
        await CreateAppointmentAsync(professional, "Noor", start, leadTimeHours: "24");

        clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await DispatchAsync(host));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await DispatchAsync(host));
        Assert.Equal(0, await DispatchAsync(host));

        var delivered = professional.NewReplies();
        Assert.StartsWith(BotTexts.Nl("professional.beforeNoticeUnfinished").Split('{')[0], delivered[0].Text);
        Assert.Equal(2, delivered.Count);
        AssertValidTeamsCard(ClientChat.CardOf(delivered[1])!);
    }

    [Fact]
    public async Task ScheduledCard_ShouldArriveExactlyOnce_AcrossARestart()
    {
        var storage = Path.Combine(Path.GetTempPath(), "reintegratie-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["Storage:Path"] = storage };
        await using (var first = NewHost(new(settings)))
        {
            var professional = ClientChat.Professional(first, connector, Tenant);
            await CreateAppointmentAsync(professional, "Kim", clock.GetUtcNow().AddHours(30), leadTimeHours: "24");
        }

        clock.Advance(TimeSpan.FromHours(7));
        var before = SentToProfessional();
        await using (var second = NewHost(new(settings)))
        {
            Assert.Equal(1, await DispatchAsync(second));
            Assert.Equal(0, await DispatchAsync(second));
        }

        Assert.Equal(before + 2, SentToProfessional()); // notice + card, once
        Directory.Delete(storage, recursive: true);
    }

    [Fact]
    public async Task ScheduledCard_ShouldArriveExactlyOnce_WithTwoInstancesOnOneAzurite()
    {
        var container = await Azurite.NewContainerAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:ConnectionString"] = Azurite.ConnectionString,
            ["Storage:Container"] = container.Name,
            ["Scheduling:Provider"] = "AzureQueue",
            ["Scheduling:QueueName"] = "q" + Guid.NewGuid().ToString("N")[..20],
        };
        var secondClock = new FakeTimeProvider(clock.GetUtcNow());
        await using var first = NewHost(new(settings));
        await using var second = NewHost(new(settings), secondClock);
        var professional = ClientChat.Professional(first, connector, Tenant);
        await CreateAppointmentAsync(professional, "Lou", clock.GetUtcNow().AddHours(20), leadTimeHours: "24"); // already inside the 24 h: due now
        second.CreateClient();
        var before = SentToProfessional() - 2; // the creation's own two replies went there too

        var runs = await Task.WhenAll(DispatchAsync(first), DispatchAsync(second), DispatchAsync(first), DispatchAsync(second));

        Assert.Equal(1, runs.Sum());
        Assert.Equal(before + 4, SentToProfessional());
        await container.DeleteIfExistsAsync();
    }

    [Fact]
    public async Task DoubleSubmit_ShouldCreateOneAppointment()
    {
        var professional = ClientChat.Professional(host, connector, Tenant);
        var form = await FormAsync(professional);
        var submit = Submission(form, "Ada", clock.GetUtcNow().AddDays(2));

        await professional.SubmitAsync(submit.DeepClone().AsObject());
        await professional.SubmitAsync(submit.DeepClone().AsObject());

        var record = await host.Services.GetRequiredService<AppointmentStore>().ReadProfessionalAsync("prof-1", default);
        Assert.Single(record!.AppointmentIds);
    }

    [Theory]
    [InlineData("123456782", "appointment.problem.clientNameHasNumber")]
    [InlineData("", "appointment.problem.clientNameEmpty")]
    public async Task InvalidForm_ShouldComeBackWithTheProblem_AndCreateNothing(string name, string problemKey)
    {
        var professional = ClientChat.Professional(host, connector, Tenant);
        var form = await FormAsync(professional);

        var reply = await professional.SubmitAsync(Submission(form, name, clock.GetUtcNow().AddDays(2)));

        Assert.Contains(BotTexts.Nl(problemKey).Split('{')[0], Readable(ClientChat.CardOf(reply.Single())!));
        Assert.Empty((await host.Services.GetRequiredService<AppointmentStore>().ReadProfessionalAsync("prof-1", default))!.AppointmentIds);
    }

    [Fact]
    public async Task AppointmentInThePast_ShouldBeRefused()
    {
        var professional = ClientChat.Professional(host, connector, Tenant);
        var form = await FormAsync(professional);

        var reply = await professional.SubmitAsync(Submission(form, "Bo", clock.GetUtcNow().AddHours(-2)));

        Assert.Contains(BotTexts.Nl("appointment.problem.startInPast"), Readable(ClientChat.CardOf(reply.Single())!));
    }

    [Fact]
    public async Task TeamsUserOfAnotherTenant_ShouldBePolitelyRefused_AndGetNoData()
    {
        var professional = ClientChat.Professional(host, connector, Tenant);
        var created = await CreateAppointmentAsync(professional, "Eva", clock.GetUtcNow().AddDays(2));
        var stranger = ClientChat.Professional(host, connector, "99999999-0000-0000-0000-000000000000", "stranger");

        var reply = await stranger.SayAsync("mijn afspraken");
        var tampered = await stranger.SubmitAsync(new JsonObject { ["action"] = "openSummary", ["appointmentId"] = AppointmentIdOf(professional) });

        Assert.Equal(BotTexts.Nl("professional.notAllowed"), Assert.Single(reply).Text);
        Assert.Equal(BotTexts.Nl("professional.notAllowed"), Assert.Single(tampered).Text);
        Assert.DoesNotContain(stranger.Transcript, a => a.Text?.Contains("Eva", StringComparison.Ordinal) == true || a.Attachments is { Count: > 0 });
        Assert.NotEmpty(created);
    }

    [Theory]
    [InlineData("openSummary")]
    [InlineData("cancelAppointment")]
    [InlineData("deleteClientDataConfirmed")]
    [InlineData("resendInvitation")]
    public async Task OtherProfessional_ShouldNotOpenChangeOrDeleteTheAppointment_WhenIdsAreTampered(string action)
    {
        var owner = ClientChat.Professional(host, connector, Tenant, "owner");
        await CreateAppointmentAsync(owner, "Jip", clock.GetUtcNow().AddDays(2));
        var appointmentId = AppointmentIdOf(owner);
        var colleague = ClientChat.Professional(host, connector, Tenant, "colleague");

        var reply = await colleague.SubmitAsync(new JsonObject { ["action"] = action, ["appointmentId"] = appointmentId });

        Assert.Equal(BotTexts.Nl("professional.notYours"), Assert.Single(reply).Text);
        var appointment = (await host.Services.GetRequiredService<AppointmentStore>().ReadAppointmentAsync(appointmentId, default))!.Value;
        Assert.Equal(AppointmentStatus.NotStarted, appointment.Status);
    }

    [Fact]
    public async Task RefreshInvoke_ShouldAnswerWithTheCurrentCardInTheBody()
    {
        var professional = ClientChat.Professional(host, connector, Tenant);
        await CreateAppointmentAsync(professional, "Mo", clock.GetUtcNow().AddDays(2));
        var invoke = Activities.Of(ActivityTypes.Invoke, connector.ServiceUrl, "a:personal-prof-1", "msteams");
        invoke.From = new ChannelAccount { Id = "29:prof-1", AadObjectId = "prof-1" };
        invoke.Conversation = new ConversationAccount { Id = "a:personal-prof-1", TenantId = Tenant };
        invoke.Name = "adaptiveCard/action";
        invoke.Value = System.Text.Json.JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "refresh", data = new { appointmentId = AppointmentIdOf(professional) } }, trigger = "manual" });

        var response = await host.PostActivityAsync(invoke);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", body["value"]!["type"]!.GetValue<string>());
        AssertValidTeamsCard(body["value"]!.AsObject());
    }

    [Fact]
    public async Task Deletion_ShouldLeaveNothingOfTheClientBehind()
    {
        var professional = ClientChat.Professional(host, connector, Tenant);
        var created = await CreateAppointmentAsync(professional, "Fee", clock.GetUtcNow().AddDays(3));
        var appointmentId = AppointmentIdOf(professional);
        var client = new ClientChat(host, connector, "client-del");
        await client.SayAsync(CodeIn(created[0].Text!));
        await new JourneyDriver(client, BotTexts.Nl("journey.review.shared")).ShareAsync();

        await professional.SubmitAsync(new JsonObject { ["action"] = "deleteClientData", ["appointmentId"] = appointmentId });
        var done = await professional.SubmitAsync(new JsonObject { ["action"] = "deleteClientDataConfirmed", ["appointmentId"] = appointmentId });

        Assert.Equal(BotTexts.Nl("professional.deleted").Replace("{name}", "Fee"), done.Single().Text);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var left = new List<string>();
        await foreach (var key in store.ListAsync("", default))
        {
            left.Add(key);
        }

        Assert.DoesNotContain(left, key => key.StartsWith(AppointmentStore.ClientPrefix(appointmentId), StringComparison.Ordinal));
        Assert.DoesNotContain(left, key => key.StartsWith("invitations/", StringComparison.Ordinal));
        Assert.DoesNotContain(left, key => key == ConversationStateStore.Key("webchat", "client-del"));
        Assert.DoesNotContain(left, key => key.StartsWith("scheduling/work/", StringComparison.Ordinal) && key.Contains("summary", StringComparison.Ordinal));
        var appointment = (await host.Services.GetRequiredService<AppointmentStore>().ReadAppointmentAsync(appointmentId, default))!.Value;
        Assert.Equal(AppointmentStatus.DataDeleted, appointment.Status);
    }

    [Fact]
    public async Task MyAppointments_ShouldListUpcomingWithStatus_AndEscapeTheName()
    {
        var professional = ClientChat.Professional(host, connector, Tenant);
        await CreateAppointmentAsync(professional, "Jan [klik](https://evil.example)", clock.GetUtcNow().AddDays(2));

        var list = await professional.SayAsync("mijn afspraken");

        var json = ClientChat.CardOf(list.Single())!.ToJsonString();
        Assert.Contains(BotTexts.Nl("appointment.status.notStarted"), json);
        Assert.DoesNotContain("[klik](https://evil.example)", json);
    }

    private int SentToProfessional() => connector.ActivityRequests.Count(r => r.Path.Contains("personal-prof-1", StringComparison.Ordinal));

    /// <summary>Every summary card a test sees passes the adaptivecards parser and stays under Teams' 28 KB.</summary>
    private static void AssertValidTeamsCard(JsonObject card)
    {
        Assert.Empty(AdaptiveCardValidator.Errors(card));
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString()), 1, 28 * 1024);
    }

    private static string Readable(JsonObject card) =>
        card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static async Task<int> DispatchAsync(BotHost target) =>
        await target.Services.GetRequiredService<IWorkDispatcher>().DispatchDueAsync(default);

    private static async Task<JsonObject> FormAsync(ClientChat professional) =>
        ClientChat.CardOf((await professional.SayAsync("nieuwe afspraak")).Single())!;

    private static JsonObject Submission(JsonObject form, string name, DateTimeOffset start, string leadTimeHours = "24")
    {
        var local = Domain.Schedule.AmsterdamTime.ToAmsterdam(start);
        return new JsonObject
        {
            ["action"] = "createAppointment",
            ["formId"] = form["actions"]![0]!["data"]!["formId"]!.GetValue<string>(),
            ["clientName"] = name,
            ["date"] = local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["time"] = local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["language"] = "nl",
            ["parts"] = "cards,capabilities",
            ["leadTime"] = leadTimeHours,
        };
    }

    private static async Task<IReadOnlyList<Activity>> CreateAppointmentAsync(ClientChat professional, string name, DateTimeOffset start, string leadTimeHours = "24")
    {
        var form = await FormAsync(professional);
        return await professional.SubmitAsync(Submission(form, name, start.AddSeconds(60 - start.Second), leadTimeHours));
    }

    private string AppointmentIdOf(ClientChat professional)
    {
        var objectId = professional.ConversationId["a:personal-".Length..];
        return host.Services.GetRequiredService<AppointmentStore>().ReadProfessionalAsync(objectId, default).GetAwaiter().GetResult()!.AppointmentIds.Last();
    }

    private static string CodeIn(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, "[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").Value;
}
