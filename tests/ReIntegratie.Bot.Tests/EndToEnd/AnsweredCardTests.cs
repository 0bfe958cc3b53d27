using System.Text.Json.Nodes;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Tests.EndToEnd;

/// <summary>An answered card is replaced by what was chosen, where the channel can update a sent message.</summary>
public sealed class AnsweredCardTests : HostedBotTest
{
    private static readonly PreparationContent Content = PreparationContent.Default;

    [Fact]
    public async Task AnsweredCardsInTeams_ShouldBeReplacedByTheChosenAnswerWithoutButtons_WhenTheAnswerIsAccepted()
    {
        var chat = await StartedAsync("msteams");
        var yes = BotTexts.Nl("journey.consent.yes");

        await chat.PressAsync(chat.LastReply!, yes, replyToId: "consent-card");
        var hasWork = chat.LastReply!;
        await chat.PressAsync(hasWork, "Deels", replyToId: "has-work-card"); // a one-tap question: the option's own button

        var updates = chat.Updates();
        Assert.Equal(["consent-card", "has-work-card"], updates.Select(u => u.ActivityId));
        Assert.All(updates, update => Assert.Null(ClientChat.CardOf(update.Replacement)!["actions"]));
        Assert.All(updates, update => Assert.Empty(AdaptiveCardValidator.Errors(ClientChat.CardOf(update.Replacement)!)));
        Assert.Contains(yes, Texts(updates[0].Replacement));
        var question = Content.Cards.FindQuestion("has-work")!;
        Assert.Contains(question.Text.Nl, Texts(updates[1].Replacement));
        Assert.Contains(question.FindOption("partly")!.Label.Nl, Texts(updates[1].Replacement));
        Assert.Empty(ClientChat.Inputs(ClientChat.CardOf(updates[1].Replacement)!));
    }

    [Fact]
    public async Task EarlierCardInTeams_ShouldNotBeReplaced_WhenItsPressDidNotAnswerTheOpenQuestion()
    {
        var chat = await StartedAsync("msteams");
        var consentCard = chat.LastReply!;
        await chat.PressAsync(consentCard, BotTexts.Nl("journey.consent.yes"), replyToId: "consent-card");

        await chat.PressAsync(consentCard, BotTexts.Nl("journey.consent.yes"), replyToId: "consent-card");

        Assert.Single(chat.Updates());
    }

    [Fact]
    public async Task AnsweredCardInWebChat_ShouldStayAsItWas_BecauseWebChatCannotUpdateMessages()
    {
        var chat = await StartedAsync("webchat");

        await chat.PressAsync(chat.LastReply!, BotTexts.Nl("journey.consent.yes"), replyToId: "consent-card");

        Assert.Empty(chat.Updates());
        Assert.Contains(chat.LastReply!.Attachments ?? [], a => a.ContentType == Attachment.AdaptiveCardContentType);
    }

    private async Task<ClientChat> StartedAsync(string channelId)
    {
        var code = await ClientChat.NewAppointmentAsync(Host);
        var chat = new ClientChat(Host, Connector, "answered-" + Guid.NewGuid().ToString("N")[..8], channelId);
        await chat.SayAsync(code);
        return chat;
    }

    private static string Texts(Activity replacement) =>
        string.Join("\n", Walk(ClientChat.CardOf(replacement)).Where(n => n["type"]?.GetValue<string>() == "TextBlock").Select(n => n["text"]!.GetValue<string>()));

    private static IEnumerable<JsonObject> Walk(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.Select(p => p.Value).SelectMany(Walk)),
        JsonArray a => a.SelectMany(Walk),
        _ => [],
    };
}
