using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Onboarding;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Tests.EndToEnd;

/// <summary>
/// Coming back to the same preparation from another conversation: with the code and the PIN the client
/// chose, or with a new code from the professional. The code alone never opens the earlier answers.
/// </summary>
public sealed class ResumeElsewhereTests : HostedBotTest
{
    private const string Pin = "4821";

    [Fact]
    public async Task CodeAlone_ShouldAskForThePin_AndShowNothingOfTheAnswers_InASecondConversation()
    {
        var (code, first) = await StartedWithAnAnswerAsync(withPin: true);
        var second = new ClientChat(Host, Connector, "second", "sms");

        var reply = await second.SayAsync(code);

        Assert.Equal(BotTexts.Nl("resume.pin.ask"), Assert.Single(reply).Text);
        var secondState = await StateAsync(second);
        Assert.Null(secondState.Client?.AppointmentId);
        Assert.Equal(0, secondState.Client?.Answers.Questions.Count ?? 0);
        Assert.Equal(Key(first), (await AppointmentAsync()).ClientConversation);
        var shown = await second.SayAsync("wat heb ik ingevuld");
        Assert.Contains(shown, a => a.Text?.Contains(BotTexts.Nl("journey.answers.none"), StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task CodeAlone_ShouldBeRefused_WhenTheClientChoseNoPin()
    {
        var (code, _) = await StartedWithAnAnswerAsync(withPin: false);
        var second = new ClientChat(Host, Connector, "second", "sms");

        var reply = await second.SayAsync(code);

        Assert.Equal(BotTexts.Nl("invitation.outcome.usedByAnotherConversation"), Assert.Single(reply).Text);
        Assert.Null((await StateAsync(second)).Client?.AppointmentId);
    }

    [Fact]
    public async Task CodeAndPin_ShouldBringTheClientBackToTheSamePreparation_AndCutOffTheOldConversation()
    {
        var (code, first) = await StartedWithAnAnswerAsync(withPin: true);
        var openQuestion = first.LastReply!.Text;
        var answersBefore = (await StateAsync(first)).Client!.Answers.Questions.Keys.ToList();
        var second = new ClientChat(Host, Connector, "second", "sms");
        await second.SayAsync(code);

        var back = await second.SayAsync(Pin);

        Assert.Equal(BotTexts.Nl("resume.pin.right"), back[0].Text);
        Assert.Equal(openQuestion, back[^1].Text);
        Assert.Equal(answersBefore, (await StateAsync(second)).Client!.Answers.Questions.Keys.ToList());
        var appointment = await AppointmentAsync();
        Assert.Equal(Key(second), appointment.ClientConversation);
        var old = await StateAsync(first);
        Assert.Null(old.Client);
        Assert.Equal(CutOffReason.ContinuedElsewhere, old.CutOff);
        Assert.Equal(BotTexts.Nl("journey.cutOff.continuedElsewhere"), Assert.Single(await first.SayAsync("1")).Text);
        Assert.Equal(BotTexts.Nl("resume.pin.ask"), Assert.Single(await first.SayAsync(code)).Text);
    }

    [Fact]
    public async Task WrongPins_ShouldBeLimitedLikeWrongCodes_SoTheRightPinIsRefusedForAWhile()
    {
        var (code, _) = await StartedWithAnAnswerAsync(withPin: true);
        var second = new ClientChat(Host, Connector, "second", "sms");
        await second.SayAsync(code);

        for (var i = 0; i < InvitationAttemptLimiter.MaxFailedAttempts; i++)
        {
            Assert.Equal(BotTexts.Nl("resume.pin.wrong"), Assert.Single(await second.SayAsync("000" + i)).Text);
        }

        var refused = await second.SayAsync(Pin);

        Assert.StartsWith(BotTexts.Nl("invitation.tooManyAttempts").Split('{')[0], Assert.Single(refused).Text);
        Assert.Null((await StateAsync(second)).Client?.AppointmentId);
    }

    [Fact]
    public async Task WrongPins_ShouldBeCountedPerAppointment_WhoeverTypesThem()
    {
        var (code, _) = await StartedWithAnAnswerAsync(withPin: true);
        for (var i = 0; i < InvitationAttemptLimiter.MaxFailedAttempts; i++)
        {
            var guesser = new ClientChat(Host, Connector, "guesser-" + i, "sms", identity: a => a.From = new() { Id = "user-" + Guid.NewGuid().ToString("N") });
            await guesser.SayAsync(code);
            await guesser.SayAsync("999" + i);
        }

        var late = new ClientChat(Host, Connector, "late", "sms");
        await late.SayAsync(code);
        var refused = await late.SayAsync(Pin);

        Assert.StartsWith(BotTexts.Nl("invitation.tooManyAttempts").Split('{')[0], Assert.Single(refused).Text);
    }

    [Fact]
    public async Task NewCodeFromTheProfessional_ShouldCarryTheEarlierAnswersOver_WithoutAPin()
    {
        var (_, first) = await StartedWithAnAnswerAsync(withPin: false);
        var openQuestion = first.LastReply!.Text;
        var appointments = Host.Services.GetRequiredService<AppointmentService>();
        var (newCode, _) = await appointments.NewInvitationAsync((await appointments.FindAsync(Host.LastAppointmentId!, default))!, default);
        var second = new ClientChat(Host, Connector, "second", "sms");

        var back = await second.SayAsync(newCode.Formatted);
        var shown = await second.SayAsync("wat heb ik ingevuld");

        Assert.Equal(openQuestion, back[^1].Text);
        Assert.NotEmpty((await StateAsync(second)).Client!.Answers.Questions);
        Assert.DoesNotContain(shown, a => a.Text?.Contains(BotTexts.Nl("journey.answers.none"), StringComparison.Ordinal) == true);
        Assert.Null((await StateAsync(first)).Client);
        Assert.Equal(Key(second), (await AppointmentAsync()).ClientConversation);
    }

    [Fact]
    public async Task ChosenPin_ShouldBeStoredOnlyAsASaltedHash_OnTheAppointment()
    {
        var (_, first) = await StartedWithAnAnswerAsync(withPin: true);

        var appointment = await AppointmentAsync();
        Assert.NotNull(appointment.ResumePin);
        Assert.True(appointment.ResumePin!.Matches(Pin));
        var store = Host.Services.GetRequiredService<IDocumentStore>();
        var appointmentJson = Encoding.UTF8.GetString((await store.ReadAsync(AppointmentStore.AppointmentKey(appointment.Id), default))!.Content);
        var conversationJson = Encoding.UTF8.GetString((await store.ReadAsync(Key(first), default))!.Content);
        Assert.DoesNotContain(Pin, appointmentJson, StringComparison.Ordinal);
        Assert.DoesNotContain(Pin, conversationJson, StringComparison.Ordinal);
        Assert.True((await StateAsync(first)).Client!.HasPin);
    }

    [Fact]
    public async Task PinCard_ShouldFollowTheConsent_AndItsButtonStoreThePin_OnAWebChat()
    {
        var code = await ClientChat.NewAppointmentAsync(Host);
        var chat = new ClientChat(Host, Connector, "webchat-pin", "webchat");
        await chat.SayAsync(code);
        var consentGiven = await chat.PressAsync(chat.LastReply!, BotTexts.Nl("journey.consent.yes"));
        var offer = consentGiven.Single(a => ClientChat.CardOf(a)?.ToJsonString().Contains(PinChoice.Action, StringComparison.Ordinal) == true);

        var saved = await chat.PressAsync(offer, BotTexts.Nl("resume.choosePin.save"), new JsonObject { [PinChoice.InputId] = Pin });

        Assert.Equal(BotTexts.Nl("resume.choosePin.saved"), Assert.Single(saved).Text);
        Assert.True((await AppointmentAsync()).ResumePin!.Matches(Pin));
        Assert.Equal(BotTexts.Nl("journey.pause.withPin"), Assert.Single(await chat.SayAsync("later verder")).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("12345678")]
    public async Task PinCard_ShouldExplainAndStoreNothing_WhenWhatWasEnteredIsNotFourToSixDigits(string entered)
    {
        var code = await ClientChat.NewAppointmentAsync(Host);
        var chat = new ClientChat(Host, Connector, "webchat-bad-pin", "webchat");
        await chat.SayAsync(code);
        var consentGiven = await chat.PressAsync(chat.LastReply!, BotTexts.Nl("journey.consent.yes"));
        var offer = consentGiven.Single(a => ClientChat.CardOf(a)?.ToJsonString().Contains(PinChoice.Action, StringComparison.Ordinal) == true);

        var reply = await chat.PressAsync(offer, BotTexts.Nl("resume.choosePin.save"), new JsonObject { [PinChoice.InputId] = entered });

        Assert.Equal(BotTexts.Nl("resume.choosePin.retry"), Assert.Single(reply).Text);
        Assert.Null((await AppointmentAsync()).ResumePin);
        Assert.Equal(BotTexts.Nl("journey.pause"), Assert.Single(await chat.SayAsync("later verder")).Text);
    }

    [Fact]
    public async Task Pause_ShouldSayHowToComeBack_OnThisDeviceAndElsewhere()
    {
        var (_, chat) = await StartedWithAnAnswerAsync(withPin: false);

        var pause = Assert.Single(await chat.SayAsync("later verder")).Text!;

        Assert.Equal(BotTexts.Nl("journey.pause"), pause);
        Assert.Contains("nieuwe code", pause, StringComparison.Ordinal);
        Assert.DoesNotContain("Kom terug wanneer het jou uitkomt. Typ dan iets", pause, StringComparison.Ordinal);
    }

    private async Task<(string Code, ClientChat Chat)> StartedWithAnAnswerAsync(bool withPin)
    {
        var code = await ClientChat.NewAppointmentAsync(Host);
        var chat = new ClientChat(Host, Connector, "first", "sms");
        await chat.SayAsync(code);
        await chat.SayAsync("ja");
        if (withPin)
        {
            await chat.SayAsync("pincode " + Pin);
        }

        await chat.SayAsync("1");
        return (code, chat);
    }

    private async Task<Appointment> AppointmentAsync() =>
        (await Host.Services.GetRequiredService<AppointmentStore>().ReadAppointmentAsync(Host.LastAppointmentId!, default))!.Value;

    private async Task<ConversationState> StateAsync(ClientChat chat) =>
        (await Host.Services.GetRequiredService<ConversationStateStore>().ReadFreshAsync(Key(chat), default))!;

    private static string Key(ClientChat chat) => ConversationStateStore.Key(chat.LastReply?.ChannelId ?? "sms", chat.ConversationId);
}
