using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Registrations;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Registrations;
using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Bot.Tests.EndToEnd;

/// <summary>
/// Registration assignments through the real endpoint: the professional assigns, reminders go out at
/// Europe/Amsterdam times (the period spans the end of summer time on 25 October 2026), the client answers.
/// </summary>
public sealed class RegistrationTests : IAsyncLifetime
{
    private const string Tenant = "11111111-2222-3333-4444-555555555555";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 10, 20, 8, 0, 0, TimeSpan.Zero));
    private LoopbackConnector connector = null!;
    private BotHost host = null!;
    private ClientChat professional = null!;
    private ClientChat client = null!;
    private string appointmentId = "";

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        host = new BotHost(
            new Dictionary<string, string?> { ["Professionals:AllowedTenantIds:0"] = Tenant, ["Scheduling:PollInterval"] = "30.00:00:00" },
            services => services.AddSingleton<TimeProvider>(clock));
        professional = ClientChat.Professional(host, connector, Tenant);
        var form = ClientChat.CardOf((await professional.SayAsync("nieuwe afspraak")).Single())!;
        var created = await professional.SubmitAsync(new JsonObject
        {
            ["action"] = "createAppointment", ["formId"] = form["actions"]![0]!["data"]!["formId"]!.GetValue<string>(),
            ["clientName"] = "Sam", ["date"] = "2026-11-30", ["time"] = "10:00", ["language"] = "nl", ["parts"] = "cards", ["leadTime"] = "24",
        });
        appointmentId = (await host.Services.GetRequiredService<AppointmentStore>().ReadProfessionalAsync("prof-1", default))!.AppointmentIds.Single();
        client = new ClientChat(host, connector, "client-reg", "webchat");
        await client.SayAsync(System.Text.RegularExpressions.Regex.Match(created[0].Text!, "[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").Value);
        await client.PressAsync(client.LastReply!, BotTexts.Nl("journey.consent.yes"));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Assigning_ShouldExplainItToTheClient_AndPlanTheFirstReminder()
    {
        var (_, done) = await AssignOmaAsync();

        Assert.Contains("42 herinneringen", done); // 14 days x 3 reminder times
        Assert.Equal(1, await PendingRemindersAsync()); // one planned at a time: each plans the next
        var explanation = client.NewReplies().Single().Text!;
        Assert.Contains(BotTexts.Nl("registration.type.omaRegistration.title"), explanation);
        Assert.Contains("12:30", explanation);
    }

    [Fact]
    public async Task Assigning_ShouldStillStand_WhenTheClientsChatCannotBeReached()
    {
        var formId = Guid.NewGuid().ToString("N");
        connector.EnqueueResponse(404, """{"error":{"code":"ConversationNotFound","message":"gone"}}"""); // the explanation to the client

        var reply = await professional.SubmitAsync(new JsonObject
        {
            ["action"] = "assignRegistration", ["appointmentId"] = appointmentId, ["formId"] = formId,
            ["registrationType"] = "OmaRegistration", ["complaint"] = "hoofdpijn", ["startDate"] = "2026-10-21", ["durationDays"] = "14",
        });

        Assert.Contains(BotTexts.Nl("professional.assign.doneNotReached").Split('.')[1].Split('{')[0].Trim(), reply.Single().Text);
        Assert.NotNull(await Store.ReadAsync(appointmentId, formId, default));
        Assert.Equal(1, await PendingRemindersAsync());
    }

    [Fact]
    public async Task TwoWeeks_ShouldSendEveryPromptOnceAtItsLocalTime_AcrossTheEndOfSummerTime()
    {
        var (assignmentId, _) = await AssignOmaAsync();
        client.NewReplies();
        var timeline = ReminderSchedule.Timeline((await Store.ReadAsync(appointmentId, assignmentId, default))!);

        foreach (var reminder in timeline)
        {
            await AdvanceToAsync(reminder.DueAt.AddMinutes(-1));
            Assert.Empty(client.NewReplies());
            await AdvanceToAsync(reminder.DueAt.AddMinutes(1));
            Assert.NotNull(ClientChat.CardOf(client.NewReplies().Single()));
        }

        await AdvanceToAsync(new DateTimeOffset(2026, 11, 10, 12, 0, 0, TimeSpan.Zero));
        Assert.Empty(client.NewReplies());
        var regular = timeline.Where(r => r.Kind == ReminderKind.Regular).ToList();
        Assert.Equal(42, regular.Count); // nothing answered, so every part of the day also gets its one follow-up
        Assert.Equal(42, timeline.Count - regular.Count);
        Assert.All(regular, r => Assert.Contains(AmsterdamWallClock.TimeOf(r.DueAt), new[] { new TimeOnly(12, 30), new TimeOnly(17, 30), new TimeOnly(21, 30) }));
        Assert.Equal(new DateTimeOffset(2026, 10, 24, 10, 30, 0, TimeSpan.Zero), regular.Single(r => r.Date == new DateOnly(2026, 10, 24) && r.Time == new TimeOnly(12, 30)).DueAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 11, 30, 0, TimeSpan.Zero), regular.Single(r => r.Date == new DateOnly(2026, 10, 25) && r.Time == new TimeOnly(12, 30)).DueAt);
    }

    [Fact]
    public async Task Reminders_ShouldArriveAtAmsterdamTimes_AcrossTheEndOfSummerTime()
    {
        await AssignOmaAsync();
        client.NewReplies();

        // Wednesday 21 October, 12:30 summer time = 10:30 UTC.
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 21, 10, 29, 0, TimeSpan.Zero));
        Assert.Empty(client.NewReplies());
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 21, 10, 31, 0, TimeSpan.Zero));
        var card = ClientChat.CardOf(client.NewReplies().Single())!;
        Assert.Equal(["slot.MorningFirstHalf", "slot.MorningSecondHalf"], ClientChat.Inputs(card).Select(i => i["id"]!.GetValue<string>()));

        // Monday 26 October, after the change: 12:30 winter time = 11:30 UTC, no longer 10:30.
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 26, 10, 31, 0, TimeSpan.Zero));
        Assert.Empty(client.NewReplies()); // five days without the service: every reminder in between is over an hour late, none is sent
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 26, 11, 29, 0, TimeSpan.Zero));
        Assert.Empty(client.NewReplies());
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 26, 11, 31, 0, TimeSpan.Zero));
        Assert.NotNull(ClientChat.CardOf(client.NewReplies().Single()));
    }

    [Fact]
    public async Task AReminderTheChannelRefuses_ShouldBeDroppedWithoutEndingTheChain_AndTheNextStillGoesOut()
    {
        await AssignOmaAsync();
        client.NewReplies();
        connector.EnqueueResponse(404, """{"error":{"code":"ConversationNotFound","message":"gone"}}"""); // the 12:30 reminder

        await AdvanceToAsync(new DateTimeOffset(2026, 10, 21, 10, 31, 0, TimeSpan.Zero));
        var refused = client.NewReplies().Count;
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 21, 10, 40, 0, TimeSpan.Zero));
        var again = client.NewReplies().Count;
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 21, 12, 31, 0, TimeSpan.Zero)); // its follow-up, 14:30 summer time

        Assert.Equal(1, refused); // one attempt: a 404 is not retried
        Assert.Equal(0, again); // dropped, not tried again every round
        Assert.NotNull(ClientChat.CardOf(client.NewReplies().Single()));
    }

    [Fact]
    public async Task Answers_ShouldLandInTheRightDayAndSlot_AndTwoDaysAgoIsKindlyRefused()
    {
        var (assignmentId, _) = await AssignOmaAsync();
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 23, 10, 31, 0, TimeSpan.Zero));
        client.NewReplies();

        var recorded = await client.SubmitAsync(Answer(assignmentId, "2026-10-23", ("MorningFirstHalf", "yes"), ("MorningSecondHalf", "no")));
        var late = await client.SubmitAsync(Answer(assignmentId, "2026-10-22", ("EveningSecondHalf", "yes")));
        var tooOld = await client.SubmitAsync(Answer(assignmentId, "2026-10-21", ("AfternoonFirstHalf", "yes")));

        Assert.Equal(BotTexts.Nl("registration.entry.recorded"), recorded.Single().Text);
        Assert.Equal(BotTexts.Nl("registration.entry.recordedLate"), late.Single().Text);
        Assert.Equal(BotTexts.Nl("registration.entry.tooLongAgo"), tooOld.Single().Text);
        var oma = (await Store.ReadAsync(appointmentId, assignmentId, default))!.Oma!;
        Assert.True(oma.EntryFor(new DateOnly(2026, 10, 23), OmaSlot.MorningFirstHalf)!.Occurred);
        Assert.False(oma.EntryFor(new DateOnly(2026, 10, 23), OmaSlot.MorningSecondHalf)!.Occurred);
        Assert.True(oma.EntryFor(new DateOnly(2026, 10, 22), OmaSlot.EveningSecondHalf)!.IsLate);
        Assert.Null(oma.EntryFor(new DateOnly(2026, 10, 21), OmaSlot.AfternoonFirstHalf));
    }

    [Fact]
    public async Task TypedAnswers_ShouldWorkOnTextChannels()
    {
        var (assignmentId, _) = await AssignOmaAsync();
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 21, 15, 31, 0, TimeSpan.Zero)); // afternoon reminder 17:30 summer time
        client.NewReplies();

        var reply = await client.SayAsync("ja nee");

        Assert.Equal(BotTexts.Nl("registration.entry.recorded"), reply.Single().Text);
        var oma = (await Store.ReadAsync(appointmentId, assignmentId, default))!.Oma!;
        Assert.True(oma.EntryFor(new DateOnly(2026, 10, 21), OmaSlot.AfternoonFirstHalf)!.Occurred);
    }

    [Fact]
    public async Task Answer_ShouldBeRefusedAndSaveNothing_WhenThisConversationNoLongerActsForTheAppointment()
    {
        var (assignmentId, _) = await AssignOmaAsync();
        client.NewReplies();
        // Another conversation took over between this conversation's last turn and this one (its cut-off is still on its way).
        await host.Services.GetRequiredService<AppointmentStore>().UpdateAppointmentAsync(appointmentId, a => a.BindClient("conversations/webchat/other"), default);

        await AdvanceToAsync(new DateTimeOffset(2026, 10, 23, 10, 31, 0, TimeSpan.Zero));
        client.NewReplies();

        var reply = await client.SubmitAsync(Answer(assignmentId, "2026-10-23", ("MorningFirstHalf", "yes")));

        Assert.Equal(BotTexts.Nl("registrationChat.notAllowed"), reply.Single().Text);
        Assert.Null((await Store.ReadAsync(appointmentId, assignmentId, default))!.Oma!.EntryFor(new DateOnly(2026, 10, 23), OmaSlot.MorningFirstHalf));
    }

    [Fact]
    public async Task Stop_ShouldCancelTheRemainingReminders()
    {
        await AssignOmaAsync();
        client.NewReplies();

        var stopped = await client.SayAsync("registratie stoppen");
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 25, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(BotTexts.Nl("registration.confirm.stopped"), stopped.Single().Text);
        Assert.Empty(client.NewReplies());
        Assert.Equal(0, await PendingRemindersAsync());
    }

    [Fact]
    public async Task Pause_ShouldSilenceReminders_AndResumeBringsThemBack()
    {
        await AssignOmaAsync();
        await client.SayAsync("registratie pauzeren");
        client.NewReplies();

        await AdvanceToAsync(new DateTimeOffset(2026, 10, 22, 20, 0, 0, TimeSpan.Zero));
        Assert.Empty(client.NewReplies());

        await client.SayAsync("registratie hervatten");
        client.NewReplies();
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 23, 10, 31, 0, TimeSpan.Zero));
        Assert.NotEmpty(client.NewReplies());
    }

    [Fact]
    public async Task ChangedTimes_ShouldMoveTheNextReminders()
    {
        await AssignOmaAsync();
        client.NewReplies();
        var changed = await client.SayAsync("tijden wijzigen 11:00 16:00 20:00");
        client.NewReplies();

        await AdvanceToAsync(new DateTimeOffset(2026, 10, 21, 9, 1, 0, TimeSpan.Zero)); // 11:01 summer time

        Assert.StartsWith(BotTexts.Nl("registration.confirm.timesChanged").Split('{')[0], changed.Single().Text);
        Assert.Single(client.NewReplies());
    }

    [Fact]
    public async Task DeletingTheClientsData_ShouldCancelTheScheduledPrompts()
    {
        var (assignmentId, _) = await AssignOmaAsync();

        await professional.SubmitAsync(new JsonObject { ["action"] = "deleteClientDataConfirmed", ["appointmentId"] = appointmentId });
        client.NewReplies();
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 21, 10, 31, 0, TimeSpan.Zero)); // the first reminder's time

        Assert.Equal(0, await PendingRemindersAsync());
        Assert.Null(await Store.ReadAsync(appointmentId, assignmentId, default));
        Assert.Empty(client.NewReplies());
        var left = new List<string>();
        await foreach (var key in host.Services.GetRequiredService<IDocumentStore>().ListAsync(AppointmentStore.ClientPrefix(appointmentId), default))
        {
            left.Add(key);
        }

        Assert.Empty(left); // the reminder that fell due wrote nothing back under the client's prefix
    }

    [Fact]
    public async Task MyRegistration_ShouldShowTheGridAndCompletion()
    {
        var (assignmentId, _) = await AssignOmaAsync();
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 21, 10, 31, 0, TimeSpan.Zero));
        await client.SubmitAsync(Answer(assignmentId, "2026-10-21", ("MorningFirstHalf", "yes"), ("MorningSecondHalf", "yes")));

        var overview = (await client.SayAsync("mijn registratie")).Single().Text!;

        Assert.Contains("hoofdpijn", overview);
        Assert.Contains("X X", overview);
        Assert.Contains("2", overview); // 2 of 2 answered
    }

    [Fact]
    public async Task Registrations_ShouldOpenAsTheirOwnCardWithTheGrid_OnceTheClientSharesThem()
    {
        var (assignmentId, _) = await AssignOmaAsync();
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 21, 10, 31, 0, TimeSpan.Zero));
        await client.SubmitAsync(Answer(assignmentId, "2026-10-21", ("MorningFirstHalf", "yes"), ("MorningSecondHalf", "no")));
        var open = new JsonObject { ["action"] = "openRegistrations", ["appointmentId"] = appointmentId };

        var before = await professional.SubmitAsync(open);
        await client.SayAsync("registratie delen");
        var after = await professional.SubmitAsync(open);

        Assert.Equal(BotTexts.Nl("professional.registrations.none").Replace("{name}", "Sam"), before.Single().Text);
        var card = ClientChat.CardOf(after.Single())!;
        Assert.Contains(CardJson.Objects(card), node => (string?)node["type"] == "Table");
        Assert.Contains(CardJson.Objects(card), node => (string?)node["text"] == "1/1");
    }

    [Fact]
    public async Task ReminderCard_ShouldAskANaturalQuestionForEachHalf_AndCarryTheReminderAsTextAndSpeak()
    {
        await AssignOmaAsync();
        client.NewReplies();

        await AdvanceToAsync(new DateTimeOffset(2026, 10, 21, 10, 31, 0, TimeSpan.Zero));

        var reminder = client.NewReplies().Single();
        var card = ClientChat.CardOf(reminder)!;
        Assert.Equal(
            ["Had je hoofdpijn in de eerste helft van de ochtend?", "Had je hoofdpijn in de tweede helft van de ochtend?"],
            ClientChat.Inputs(card).Select(i => i["label"]!.GetValue<string>()));
        Assert.Equal("Hoe ging je ochtend? Geef per helft aan of je hoofdpijn had.", reminder.Speak);
        Assert.Equal(reminder.Speak, reminder.Text);
        Assert.Empty(AdaptiveCardValidator.Errors(card));
    }

    [Fact]
    public async Task PauseOnTheReminderCard_ShouldSilenceReminders_AndItsResumeButtonBringsThemBack()
    {
        await AssignOmaAsync();
        client.NewReplies();
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 21, 10, 31, 0, TimeSpan.Zero));
        var reminder = client.NewReplies().Single();
        Assert.Contains(BotTexts.Nl("registration.reminder.pause"), ClientChat.CardOf(reminder)!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));

        var paused = (await client.PressAsync(reminder, BotTexts.Nl("registration.reminder.pause"))).Single();
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 22, 20, 0, 0, TimeSpan.Zero));
        Assert.Empty(client.NewReplies());
        Assert.Equal(BotTexts.Nl("registration.confirm.paused"), paused.Speak);

        var resumed = await client.PressAsync(paused, BotTexts.Nl("registration.reminder.resume"));
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 23, 10, 31, 0, TimeSpan.Zero));

        Assert.Equal(BotTexts.Nl("registration.confirm.resumed"), resumed.Single().Text);
        Assert.NotEmpty(client.NewReplies());
    }

    [Fact]
    public async Task StopOnTheReminderCard_ShouldAskFirst_AndCancelTheRemainingRemindersOnceConfirmed()
    {
        await AssignOmaAsync();
        client.NewReplies();
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 21, 10, 31, 0, TimeSpan.Zero));
        var card = ClientChat.CardOf(client.NewReplies().Single())!;
        var stop = card["actions"]!.AsArray().OfType<JsonObject>().Single(a => a["title"]!.GetValue<string>() == BotTexts.Nl("registration.reminder.stop"));
        Assert.Equal("Action.ShowCard", stop["type"]!.GetValue<string>());
        var confirm = stop["card"]!["actions"]![0]!;
        Assert.Equal(BotTexts.Nl("registration.reminder.stopConfirm"), confirm["title"]!.GetValue<string>());

        var stopped = await client.SubmitAsync(confirm["data"]!.DeepClone().AsObject());
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 25, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(BotTexts.Nl("registration.confirm.stopped"), stopped.Single().Text);
        Assert.Empty(client.NewReplies());
        Assert.Equal(0, await PendingRemindersAsync());
    }

    [Fact]
    public async Task MyRegistration_ShouldNameThePartsOfTheDay_AndExplainTheSigns()
    {
        var (assignmentId, _) = await AssignOmaAsync();
        await AdvanceToAsync(new DateTimeOffset(2026, 10, 21, 10, 31, 0, TimeSpan.Zero));
        await client.SubmitAsync(Answer(assignmentId, "2026-10-21", ("MorningFirstHalf", "yes"), ("MorningSecondHalf", "no")));

        var overview = (await client.SayAsync("mijn registratie")).Single().Text!;

        Assert.Contains("- wo 21-10: ochtend X o, middag – –, avond – –", overview, StringComparison.Ordinal);
        Assert.Contains(BotTexts.Nl("registration.overview.slots"), overview, StringComparison.Ordinal);
        Assert.Contains(BotTexts.Nl("registration.overview.legend"), overview, StringComparison.Ordinal);
    }

    private RegistrationStore Store => host.Services.GetRequiredService<RegistrationStore>();

    private async Task<(string AssignmentId, string Confirmation)> AssignOmaAsync()
    {
        await professional.SubmitAsync(new JsonObject { ["action"] = "registrationForm", ["appointmentId"] = appointmentId });
        var formId = Guid.NewGuid().ToString("N");
        var reply = await professional.SubmitAsync(new JsonObject
        {
            ["action"] = "assignRegistration", ["appointmentId"] = appointmentId, ["formId"] = formId,
            ["registrationType"] = "OmaRegistration", ["complaint"] = "hoofdpijn", ["startDate"] = "2026-10-21", ["durationDays"] = "14", ["worryTime"] = "19:00",
        });
        return (formId, reply.Single().Text!);
    }

    private static JsonObject Answer(string assignmentId, string date, params (string Slot, string Value)[] slots)
    {
        var value = new JsonObject { ["action"] = "registration.oma", ["assignmentId"] = assignmentId, ["date"] = date };
        foreach (var (slot, answer) in slots)
        {
            value["slot." + slot] = answer;
        }

        return value;
    }

    private async Task AdvanceToAsync(DateTimeOffset instant)
    {
        clock.SetUtcNow(instant);
        await host.Services.GetRequiredService<IWorkDispatcher>().DispatchDueAsync(default);
        await host.Services.GetRequiredService<ReminderDispatcher>().DispatchDueAsync(default);
    }

    /// <summary>Reminders of this appointment planned from now on that would still go out (the plan may have changed since).</summary>
    private async Task<int> PendingRemindersAsync()
    {
        var index = host.Services.GetRequiredService<ReminderIndex>();
        var now = clock.GetUtcNow();
        var count = 0;
        for (var minute = ReminderIndex.MinuteOf(now); minute < now.AddDays(20); minute = minute.AddHours(1))
        {
            if (!await index.AnyInHourAsync(minute, default))
            {
                continue;
            }

            for (var inHour = minute; inHour < minute.AddHours(1); inHour = inHour.AddMinutes(1))
            {
                foreach (var item in await index.ListAsync(inHour, default))
                {
                    var assignment = await Store.ReadAsync(item.AppointmentId, item.AssignmentId, default);
                    count += item.AppointmentId == appointmentId && assignment is not null && ReminderSender.Find(assignment, item.ReminderId) is not null ? 1 : 0;
                }
            }
        }

        return count;
    }
}
