using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Tests.EndToEnd;

/// <summary>A client pressing a button of a card sent earlier, while another question is open.</summary>
public sealed class EarlierCardTests : HostedBotTest
{
    private const string HasWork = "has-work";
    private const string ConversationGoal = "conversation-goal";

    [Fact]
    public async Task ConsentCardPressedAgain_ShouldNotAnswerTheOpenFreeTextQuestion_WhenThatQuestionIsOpen()
    {
        var chat = await AtConversationGoalAsync("webchat");
        var consentCard = CardWithButton(chat, BotTexts.Nl("journey.consent.yes"));
        var openQuestion = chat.LastReply!;

        var replies = await chat.PressAsync(consentCard, BotTexts.Nl("journey.consent.yes"));

        var journey = await JourneyAsync(chat);
        Assert.Null(journey.Answers.AnswerTo(ConversationGoal));
        Assert.Equal("q:" + ConversationGoal, journey.CurrentStep);
        Assert.Equal(BotTexts.Nl("journey.alreadyAnswered"), replies[0].Text);
        Assert.Equal(ClientChat.CardOf(openQuestion)!.ToJsonString(), ClientChat.CardOf(replies[^1])!.ToJsonString());
    }

    [Fact]
    public async Task EarlierQuestionCardPressedAgain_ShouldChangeThatAnswerAndAskTheOpenQuestionAgain_WhenNothingIsSharedYet()
    {
        var chat = await AtConversationGoalAsync("webchat");
        var hasWorkCard = CardAsking(chat, HasWork);
        var openQuestion = chat.LastReply!;

        var replies = await chat.PressAsync(hasWorkCard, "Deels");

        var journey = await JourneyAsync(chat);
        Assert.Equal(["partly"], journey.Answers.AnswerTo(HasWork)!.OptionIds);
        Assert.Null(journey.Answers.AnswerTo(ConversationGoal));
        Assert.Equal(BotTexts.Nl("journey.answerChanged"), replies[0].Text);
        Assert.Equal(ClientChat.CardOf(openQuestion)!.ToJsonString(), ClientChat.CardOf(replies[^1])!.ToJsonString());
    }

    [Fact]
    public async Task EarlierQuestionCardPressedAgain_ShouldKeepTheSharedAnswer_WhenThePreparationWasShared()
    {
        var code = await ClientChat.NewAppointmentAsync(Host, PreparationParts.CardSet);
        var chat = new ClientChat(Host, Connector, "shared-" + Guid.NewGuid().ToString("N")[..8], "webchat");
        await chat.SayAsync(code);
        await new JourneyDriver(chat, BotTexts.Nl("journey.review.shared")).ShareAsync();
        var before = (await JourneyAsync(chat)).Answers.AnswerTo(HasWork)!.OptionIds;

        var replies = await chat.PressAsync(CardAsking(chat, HasWork), "Nee");

        Assert.Equal(before, (await JourneyAsync(chat)).Answers.AnswerTo(HasWork)!.OptionIds);
        Assert.Equal(BotTexts.Nl("journey.alreadyAnswered"), replies[0].Text);
    }

    [Fact]
    public async Task TypedAnswer_ShouldStillAnswerTheOpenQuestion_WhenCardsWereSentBefore()
    {
        var chat = await AtConversationGoalAsync("webchat");

        await chat.SayAsync("Weer aan het werk");

        Assert.Equal("Weer aan het werk", (await JourneyAsync(chat)).Answers.AnswerTo(ConversationGoal)!.Text);
    }

    [Fact]
    public async Task SkipOnAnEarlierCard_ShouldStillSkipTheOpenQuestion_AsAGlobalAction()
    {
        var chat = await AtConversationGoalAsync("webchat");

        await chat.PressAsync(CardAsking(chat, HasWork), BotTexts.Nl("journey.button.skip"));

        var journey = await JourneyAsync(chat);
        Assert.Equal(AnswerKind.Skipped, journey.Answers.AnswerTo(ConversationGoal)!.Kind);
        Assert.Equal(["yes"], journey.Answers.AnswerTo(HasWork)!.OptionIds);
    }

    private async Task<ClientChat> AtConversationGoalAsync(string channelId)
    {
        var code = await ClientChat.NewAppointmentAsync(Host);
        var chat = new ClientChat(Host, Connector, "client-" + Guid.NewGuid().ToString("N")[..8], channelId);
        await chat.SayAsync(code);
        await chat.PressAsync(CardWithButton(chat, BotTexts.Nl("journey.consent.yes")), BotTexts.Nl("journey.consent.yes"));
        await chat.PressAsync(CardAsking(chat, HasWork), "Ja");
        Assert.NotNull(CardAsking(chat, ConversationGoal));
        return chat;
    }

    private static Activity CardWithButton(ClientChat chat, string title) =>
        chat.Transcript.Last(a => ClientChat.CardOf(a)?["actions"]?.AsArray().Any(b => b?["title"]?.GetValue<string>() == title) == true);

    private static Activity CardAsking(ClientChat chat, string questionId)
    {
        var text = Domain.Content.PreparationContent.Default.Cards.FindQuestion(questionId)!.Text.Nl;
        return chat.Transcript.Last(a => ClientChat.CardOf(a) is { } card &&
            (ClientChat.Inputs(card).Any(i => i["label"]?.GetValue<string>() == text) ||
             card["body"]!.AsArray().Any(b => b?["type"]?.GetValue<string>() == "TextBlock" && b["text"]?.GetValue<string>() == text)));
    }

    private async Task<ClientJourney> JourneyAsync(ClientChat chat) =>
        (await Host.Services.GetRequiredService<ConversationStateStore>().LoadAsync(ConversationStateStore.Key(chat.LastReply!.ChannelId!, chat.ConversationId), default))!.Value.Client!;
}
