using System.Text.Json.Nodes;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Tests.EndToEnd;

/// <summary>The appointment's language from the first message, a visible language choice at the start, and replies marked with their language.</summary>
public sealed class LanguageFromTheStartTests : HostedBotTest
{
    [Fact]
    public async Task EnglishAppointment_ShouldRunInEnglishFromTheCodeOn_WhenTheChatStartedInDutch()
    {
        var code = await ClientChat.NewAppointmentAsync(Host, language: Language.English);
        var chat = new ClientChat(Host, Connector, "english-client", "webchat", "nl-NL");

        var replies = await chat.SayAsync(code);

        Assert.Equal(BotTexts.En("invitation.outcome.redeemed"), replies[0].Text);
        var consent = ClientChat.CardOf(replies[^1])!.ToJsonString();
        Assert.Contains(JsonValue.Create(BotTexts.En("journey.consent.question"))!.ToJsonString(), consent, StringComparison.Ordinal);
        Assert.All(replies, reply => Assert.Equal("en-US", reply.Locale));
    }

    [Fact]
    public async Task EnglishAppointment_ShouldAskEveryQuestionInEnglish_OnATextChannel()
    {
        var code = await ClientChat.NewAppointmentAsync(Host, language: Language.English);
        var chat = new ClientChat(Host, Connector, "english-sms", "sms", "nl-NL");
        await chat.SayAsync(code);

        var first = await chat.SayAsync("yes");

        Assert.Equal(BotTexts.En("journey.consent.given"), first[0].Text);
        Assert.Contains(PreparationContent.Default.Cards.Cards[0].Title.En, first[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageButtons_ShouldBeOnTheConsentCard_AndSwitchTheWholeChat()
    {
        var code = await ClientChat.NewAppointmentAsync(Host);
        var chat = new ClientChat(Host, Connector, "switching-client", "webchat");
        var consent = (await chat.SayAsync(code))[^1];

        var switched = await chat.PressAsync(consent, "English");

        Assert.Equal(BotTexts.En("journey.language.switched"), switched[0].Text);
        Assert.Contains(JsonValue.Create(BotTexts.En("journey.consent.question"))!.ToJsonString(), ClientChat.CardOf(switched[^1])!.ToJsonString(), StringComparison.Ordinal);
        Assert.All(switched, reply => Assert.Equal("en-US", reply.Locale));
        var back = await chat.PressAsync(switched[^1], "Nederlands");
        Assert.Equal(BotTexts.Nl("journey.language.switched"), back[0].Text);
        Assert.All(back, reply => Assert.Equal("nl-NL", reply.Locale));
    }

    [Fact]
    public async Task ClientsOwnChoice_ShouldWinOverTheAppointmentsLanguage()
    {
        var code = await ClientChat.NewAppointmentAsync(Host, language: Language.English);
        var chat = new ClientChat(Host, Connector, "choosing-client", "sms", "nl-NL");
        await chat.SayAsync("hallo");
        await chat.SayAsync("nederlands");

        var replies = await chat.SayAsync(code);

        Assert.Equal(BotTexts.Nl("invitation.outcome.redeemed"), replies[0].Text);
    }
}
