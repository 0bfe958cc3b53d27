using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Registrations;
using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Playground.Tests;

/// <summary>
/// The professional panel's registration endpoints over real HTTP, with the client on the development
/// Direct Line: giving an assignment, and "send next reminder now". The bot's clock is at 10:00 in
/// Amsterdam (<see cref="DaytimeClock"/>), so today's reminders (12:30, 17:30, 21:30) are ahead.
/// </summary>
public sealed class PlaygroundRegistrationEndpointTests : DirectLineServerTest
{
    private const string ClientName = "Robin Registratie";
    private const string ReminderKind = "registration.reminder";
    private readonly TextCatalog texts = PreparationContent.Default.Texts;
    private readonly DaytimeClock clock;
    private readonly PlaygroundApi api;

    public PlaygroundRegistrationEndpointTests()
        : this(new DaytimeClock())
    {
    }

    private PlaygroundRegistrationEndpointTests(DaytimeClock clock)
        : base(clock)
    {
        this.clock = clock;
        api = new PlaygroundApi(Http);
    }

    [Fact]
    public async Task SendNextReminder_ShouldSendThisAppointmentsEarliestOpenReminderToTheClient_AndNextTimeSkipTheFollowUpOfTheAnsweredOne()
    {
        var (appointmentId, code) = await api.CreateAppointmentAsync(ClientName, clock.Today);
        var (otherAppointmentId, _) = await api.CreateAppointmentAsync("Kim Ander", clock.Today);
        var (conversationId, token) = await StartClientAsync(code);
        var (_, beforeAssignment) = await DirectLine.GetActivitiesAsync(conversationId, token);

        using var assigned = await api.AssignAsync(appointmentId, await api.FilledRegistrationFormAsync(appointmentId, "hoofdpijn"));
        var (explanation, afterAssignment) = await DirectLine.GetActivitiesAsync(conversationId, token, beforeAssignment);
        using var otherAppointment = await api.SendNextReminderAsync(otherAppointmentId);
        using var first = await api.SendNextReminderAsync(appointmentId);
        var (reminder, afterReminder) = await DirectLine.GetActivitiesAsync(conversationId, token, afterAssignment);

        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        var confirmation = (await assigned.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(nameof(RegistrationType.OmaRegistration), confirmation["registrationType"]!.GetValue<string>());
        Assert.Contains(ClientName, confirmation["confirmation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(confirmation["reminders"]!.GetValue<int>() > 0);
        var title = texts.Get(RegistrationTextKeys.TypeTitle(RegistrationType.OmaRegistration), Language.Dutch);
        Assert.Contains(explanation, a => a["text"]?.GetValue<string>().Contains(texts.Format("registrationChat.assigned", Language.Dutch, new Dictionary<string, string> { ["title"] = title }), StringComparison.Ordinal) == true);

        Assert.Equal(HttpStatusCode.OK, otherAppointment.StatusCode);
        Assert.False((await otherAppointment.Content.ReadFromJsonAsync<JsonObject>())!["ran"]!.GetValue<bool>()); // another appointment's reminders are not its own
        var ran = await RanAsync(first);
        Assert.Equal(AmsterdamWallClock.DueAt(clock.Today, new TimeOnly(12, 30)), ran["plannedFor"]!.GetValue<DateTimeOffset>());
        var card = Assert.Single(reminder.Select(CardOf).OfType<JsonObject>());
        var slots = CardJson.Inputs(card).Select(i => i["id"]!.GetValue<string>()).Where(id => id.StartsWith("slot.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(slots); // not dropped as "too late": the reminder's own time (12:30) is still ahead

        var answer = CardJson.SubmitData(card);
        foreach (var slot in slots)
        {
            answer[slot] = "yes";
        }

        using var answered = await DirectLine.PostActivityAsync(conversationId, token, DirectLineClient.Submit(answer, "oma-1"));
        var (thanks, _) = await DirectLine.GetActivitiesAsync(conversationId, token, afterReminder);
        using var second = await api.SendNextReminderAsync(appointmentId);

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains(thanks, a => a["text"]?.GetValue<string>() == texts.Get("registration.entry.recorded", Language.Dutch));
        var next = await RanAsync(second);
        Assert.Equal(AmsterdamWallClock.DueAt(clock.Today, new TimeOnly(17, 30)), next["plannedFor"]!.GetValue<DateTimeOffset>()); // not the 14:30 follow-up
    }

    [Fact]
    public async Task SendNextReminder_ShouldLeaveTheRemindersAlone_WhileTheClientHasPausedTheAssignment()
    {
        var (appointmentId, code) = await api.CreateAppointmentAsync(ClientName, clock.Today);
        var (conversationId, token) = await StartClientAsync(code);
        using var assigned = await api.AssignAsync(appointmentId, await api.FilledRegistrationFormAsync(appointmentId, "hoofdpijn"));
        using var paused = await DirectLine.PostActivityAsync(conversationId, token, DirectLineClient.Message("registratie pauzeren", "pause"));
        var (_, afterPause) = await DirectLine.GetActivitiesAsync(conversationId, token);

        using var whilePaused = await api.SendNextReminderAsync(appointmentId);
        var (nothing, _) = await DirectLine.GetActivitiesAsync(conversationId, token, afterPause);
        using var resumed = await DirectLine.PostActivityAsync(conversationId, token, DirectLineClient.Message("registratie hervatten", "resume"));
        using var afterResume = await api.SendNextReminderAsync(appointmentId);

        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.False((await whilePaused.Content.ReadFromJsonAsync<JsonObject>())!["ran"]!.GetValue<bool>());
        Assert.Empty(nothing);
        await RanAsync(afterResume);
    }

    [Fact]
    public async Task GivingAnAssignment_ShouldBe422WithTheBotsAnswer_WhenTheClientHasNotUsedTheCodeYet()
    {
        var (appointmentId, _) = await api.CreateAppointmentAsync(ClientName, clock.Today);

        using var response = await api.AssignAsync(appointmentId, await api.FilledRegistrationFormAsync(appointmentId, "hoofdpijn"));
        using var reminder = await api.SendNextReminderAsync(appointmentId);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var expected = texts.Format("professional.assign.noClient", Language.Dutch, new Dictionary<string, string> { ["name"] = ClientName });
        Assert.Equal(expected, (await response.Content.ReadFromJsonAsync<JsonObject>())!["problem"]!.GetValue<string>());
        Assert.False((await reminder.Content.ReadFromJsonAsync<JsonObject>())!["ran"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("\"formId\"")]
    [InlineData("")]
    public async Task GivingAnAssignment_ShouldBe400_WhenTheBodyIsNotAJsonObject(string body)
    {
        var (appointmentId, _) = await api.CreateAppointmentAsync(ClientName, clock.Today);

        using var response = await api.AssignRawAsync(appointmentId, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.Content.ReadFromJsonAsync<JsonObject>())!["problem"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("not-an-id")]
    [InlineData("a.b")]
    public async Task RegistrationEndpoints_ShouldBe404_ForAnUnknownAppointment(string appointmentId)
    {
        using var form = await api.GetRegistrationFormAsync(appointmentId);
        using var assign = await api.AssignAsync(appointmentId, new JsonObject { ["formId"] = "0123456789abcdef0123456789abcdef", ["registrationType"] = "WorryTime" });
        using var reminder = await api.SendNextReminderAsync(appointmentId);

        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, assign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reminder.StatusCode);
    }

    [Fact]
    public async Task RegistrationForm_ShouldBeTheTeamsForm_WithTodayAsItsFirstDay()
    {
        var (appointmentId, _) = await api.CreateAppointmentAsync(ClientName, clock.Today);

        using var response = await api.GetRegistrationFormAsync(appointmentId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = (await response.Content.ReadFromJsonAsync<JsonObject>())!["card"]!.AsObject();
        var data = CardJson.SubmitData(card);
        Assert.Equal("assignRegistration", data["action"]!.GetValue<string>());
        Assert.Equal(appointmentId, data["appointmentId"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{32}$", data["formId"]!.GetValue<string>());
        Assert.Equal(clock.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), data["startDate"]!.GetValue<string>());
        Assert.Equal(["registrationType", "complaint", "startDate", "durationDays", "worryTime"], CardJson.Inputs(card).Select(i => i["id"]!.GetValue<string>()));
    }

    /// <summary>Starts the client's Direct Line conversation, sends the code and agrees, as the client does in Web Chat.</summary>
    private async Task<(string ConversationId, string Token)> StartClientAsync(string code)
    {
        var (conversationId, token) = await DirectLine.StartAsync();
        using var sent = await DirectLine.PostActivityAsync(conversationId, token, DirectLineClient.Message(code, "code"));
        using var consented = await DirectLine.PostActivityAsync(conversationId, token, DirectLineClient.Submit(new JsonObject { ["answer"] = "true", ["prompt"] = "consent" }, "consent"));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, consented.StatusCode);
        return (conversationId, token);
    }

    private static async Task<JsonObject> RanAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(body["ran"]!.GetValue<bool>(), body.ToJsonString());
        Assert.True(body["done"]!.GetValue<bool>(), body.ToJsonString());
        Assert.True(body["sent"]!.GetValue<bool>(), body.ToJsonString());
        Assert.Equal(ReminderKind, body["kind"]!.GetValue<string>());
        Assert.Matches(@"^[0-9a-f]{32}/\d{4}-\d{2}-\d{2}/\d{2}:\d{2}$", body["reminderId"]!.GetValue<string>()); // {assignment}/{date}/{time}: a regular reminder
        return body;
    }

    private static JsonObject? CardOf(JsonObject activity) =>
        activity["attachments"]?.AsArray().Select(a => a!.AsObject())
            .FirstOrDefault(a => a["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"]?.AsObject();
}
