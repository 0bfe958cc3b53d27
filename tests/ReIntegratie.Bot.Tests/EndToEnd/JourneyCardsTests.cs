using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Tests.EndToEnd;

/// <summary>How the journey's questions come on a channel with cards (Web Chat) and on a text channel.</summary>
public sealed class JourneyCardsTests : HostedBotTest
{
    private static readonly PreparationContent Content = PreparationContent.Default;

    [Fact]
    public async Task WorkValue_ShouldAskItsThreeQuestionsOnOneCard_AndStoreTheThreeRatingsFromOneSubmit()
    {
        var chat = await StartedAsync("webchat", PreparationParts.CapabilityList);
        var card = ClientChat.CardOf(chat.LastReply)!;
        var value = Content.Capabilities.Values[0];

        Assert.Equal(["a:" + value.Id, "b:" + value.Id, "c:" + value.Id], ClientChat.Inputs(card).Select(i => i["id"]!.GetValue<string>()));
        Assert.Contains(value.PlainName.Nl, card.ToJsonString());
        var next = await Press(chat, BotTexts.Nl("journey.button.next"), new JsonObject { ["a:" + value.Id] = "5", ["b:" + value.Id] = "4", ["c:" + value.Id] = "2" });

        var rating = (await JourneyAsync(chat)).Answers.Capabilities[value.Id];
        Assert.Equal((5, 4, 2), (rating.Importance, rating.Enablement, rating.Realisation));
        Assert.Contains("b:" + Content.Capabilities.Values[1].Id, ClientChat.CardOf(next.Single())!.ToJsonString());
    }

    [Fact]
    public async Task MethodsWorkedCase_ShouldStillBeThreeDiscrepanciesAndNoCapability_WhenRatedOnValueCards()
    {
        var chat = await StartedAsync("webchat", PreparationParts.CapabilityList);
        (int A, int B, int C)[] ratings = [(5, 4, 2), (4, 4, 1), (5, 4, 1)];

        foreach (var (a, b, c) in ratings)
        {
            var id = ClientChat.Inputs(ClientChat.CardOf(chat.LastReply)!).First()["id"]!.GetValue<string>()[2..];
            await Press(chat, BotTexts.Nl("journey.button.next"), new JsonObject { ["a:" + id] = $"{a}", ["b:" + id] = $"{b}", ["c:" + id] = $"{c}" });
        }

        var answers = (await JourneyAsync(chat)).Answers;
        var profile = CapabilityScoring.Profile(Content.Capabilities, answers.Capabilities, answers.ExtraValue);
        Assert.Equal((3, 0), (profile.DiscrepancyCount, profile.CapabilityCount));
    }

    [Fact]
    public async Task TypedRatings_ShouldAnswerTheWholeValueCard_WhenTheyAreThreeNumbers()
    {
        var chat = await StartedAsync("webchat", PreparationParts.CapabilityList);

        await chat.SayAsync("4 2 3");

        var rating = (await JourneyAsync(chat)).Answers.Capabilities[Content.Capabilities.Values[0].Id];
        Assert.Equal((4, 2, 3), (rating.Importance, rating.Enablement, rating.Realisation));
    }

    [Fact]
    public async Task WorkValue_ShouldBeAskedOneQuestionAtATime_OnATextChannel()
    {
        var chat = await StartedAsync("sms", PreparationParts.CapabilityList);
        var value = Content.Capabilities.Values[0];

        var afterA = await chat.SayAsync("5");
        var afterB = await chat.SayAsync("4");

        Assert.Contains(Content.Capabilities.Enablement.Ask(value.Phrase.Nl, WorkSituation.Unknown, Language.Dutch), afterA.Single().Text);
        Assert.Contains(Content.Capabilities.Realisation.Ask(value.Phrase.Nl, WorkSituation.Unknown, Language.Dutch), afterB.Single().Text);
        Assert.DoesNotContain(chat.Transcript, a => a.Attachments is { Count: > 0 });
    }

    [Fact]
    public async Task SingleChoiceWithFewShortOptions_ShouldBeOneTapButtons_AndOneTapShouldAnswerIt()
    {
        var chat = await StartedAsync("webchat");
        var card = ClientChat.CardOf(chat.LastReply)!;

        Assert.Empty(ClientChat.Inputs(card));
        Assert.Equal(["Ja", "Deels", "Nee"], ClientAnswerRule.OptionButtons(card).Select(b => b["title"]!.GetValue<string>()));
        Assert.DoesNotContain(card["actions"]!.AsArray(), a => a!["title"]!.GetValue<string>() == BotTexts.Nl("journey.button.next"));
        await chat.PressAsync(chat.LastReply!, "Deels");

        Assert.Equal(["partly"], (await JourneyAsync(chat)).Answers.AnswerTo("has-work")!.OptionIds);
    }

    [Fact]
    public async Task SingleChoiceWithLongOptions_ShouldKeepItsChoiceSet()
    {
        var chat = await StartedAsync("webchat", PreparationParts.CardSet);
        await chat.PressAsync(chat.LastReply!, "Ja");                 // has work
        await chat.PressAsync(chat.LastReply!, BotTexts.Nl("journey.button.skip"));   // goal
        await chat.PressAsync(chat.LastReply!, BotTexts.Nl("journey.button.skip"));   // practical needs

        var card = ClientChat.CardOf(chat.LastReply)!;

        Assert.Equal("Input.ChoiceSet", ClientChat.Inputs(card).First()["type"]!.GetValue<string>());
        Assert.Empty(ClientAnswerRule.OptionButtons(card));
    }

    [Fact]
    public async Task NextWithoutAChoice_ShouldAskToPickOne_WithoutMentioningNumbersThatAreNotShown()
    {
        var chat = await StartedAsync("webchat", PreparationParts.CardSet);
        await chat.PressAsync(chat.LastReply!, "Ja");
        await chat.PressAsync(chat.LastReply!, BotTexts.Nl("journey.button.skip"));

        var retry = await chat.PressAsync(chat.LastReply!, BotTexts.Nl("journey.button.next"));

        Assert.Equal(BotTexts.Nl("journey.retry.pick"), retry.Single().Text);
        Assert.DoesNotContain("nummer", retry.Single().Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task LaterButton_ShouldBeOfferedWhereANewCardBegins_AndPauseWithTheUsualReply()
    {
        var chat = await StartedAsync("webchat", PreparationParts.CardSet);
        var later = BotTexts.Nl("journey.button.later");
        Assert.True(HasButton(chat.LastReply!, later));               // card 1 begins
        await chat.PressAsync(chat.LastReply!, "Ja");
        Assert.False(HasButton(chat.LastReply!, later));              // card 1, second question
        await chat.PressAsync(chat.LastReply!, BotTexts.Nl("journey.button.skip"));
        await chat.PressAsync(chat.LastReply!, BotTexts.Nl("journey.button.skip"));
        Assert.True(HasButton(chat.LastReply!, later));               // card 2 begins

        var paused = await chat.PressAsync(chat.LastReply!, later);

        Assert.Equal(BotTexts.Nl("journey.pause"), paused.Single().Text);
        Assert.True((await JourneyAsync(chat)).Paused);
    }

    [Fact]
    public async Task Circles_ShouldBeOneCard_WithAChoiceForEveryImportantValue()
    {
        var chat = await StartedAsync("webchat", PreparationParts.CapabilityList);
        foreach (var value in Content.Capabilities.Values)
        {
            var a = value.Number <= 2 ? "5" : "2";
            await Press(chat, BotTexts.Nl("journey.button.next"), new JsonObject { ["a:" + value.Id] = a, ["b:" + value.Id] = "3", ["c:" + value.Id] = "3" });
        }

        await chat.PressAsync(chat.LastReply!, BotTexts.Nl("journey.button.no")); // no own value
        var circles = ClientChat.CardOf(chat.LastReply)!;
        var ids = ClientChat.Inputs(circles).Select(i => i["id"]!.GetValue<string>()).ToList();
        Assert.Equal(["circle:" + Content.Capabilities.Values[0].Id, "circle:" + Content.Capabilities.Values[1].Id], ids);

        await Press(chat, BotTexts.Nl("journey.button.next"), new JsonObject { [ids[0]] = "GoingWell", [ids[1]] = "Later" });

        var placed = (await JourneyAsync(chat)).Answers.Circles;
        Assert.Equal((Circle.GoingWell, Circle.Later), (placed.CircleOf(Content.Capabilities.Values[0].Id), placed.CircleOf(Content.Capabilities.Values[1].Id)));
    }

    [Fact]
    public async Task OpenQuestionsOfOneCard_ShouldComeTogether_AndAnEmptyOneCountsAsSkipped()
    {
        var chat = await StartedAsync("webchat", PreparationParts.CardSet);
        var strengths = Content.Cards.Cards.First(card => card.Id == "strengths");
        for (var turn = 0; turn < 20 && !ClientChat.CardOf(chat.LastReply)!.ToJsonString().Contains("q:" + strengths.Questions[0].Id, StringComparison.Ordinal); turn++)
        {
            await chat.PressAsync(chat.LastReply!, BotTexts.Nl("journey.button.skip"));
        }

        var card = ClientChat.CardOf(chat.LastReply)!;
        Assert.Equal(strengths.Questions.Select(q => "q:" + q.Id), ClientChat.Inputs(card).Select(i => i["id"]!.GetValue<string>()));
        await Press(chat, BotTexts.Nl("journey.button.next"), new JsonObject { ["q:" + strengths.Questions[0].Id] = "Plannen", ["q:" + strengths.Questions[2].Id] = "Wandelen" });

        var answers = (await JourneyAsync(chat)).Answers;
        Assert.Equal("Plannen", answers.AnswerTo(strengths.Questions[0].Id)!.Text);
        Assert.Equal(AnswerKind.Skipped, answers.AnswerTo(strengths.Questions[1].Id)!.Kind);
        Assert.Equal("Wandelen", answers.AnswerTo(strengths.Questions[2].Id)!.Text);
    }

    [Fact]
    public async Task OpenQuestionsCard_ShouldAskToWriteAnAnswerOrSkip_WhenNextIsPressedWithEveryFieldEmpty()
    {
        var chat = await StartedAsync("webchat", PreparationParts.CardSet);
        var strengths = Content.Cards.Cards.First(card => card.Id == "strengths");
        for (var turn = 0; turn < 20 && !ClientChat.CardOf(chat.LastReply)!.ToJsonString().Contains("q:" + strengths.Questions[0].Id, StringComparison.Ordinal); turn++)
        {
            await chat.PressAsync(chat.LastReply!, BotTexts.Nl("journey.button.skip"));
        }

        var replies = await Press(chat, BotTexts.Nl("journey.button.next"), new JsonObject());

        Assert.Contains(replies, reply => reply.Text == BotTexts.Nl("journey.retry.write"));
        Assert.DoesNotContain(replies, reply => reply.Text == BotTexts.Nl("journey.retry.pick"));
    }

    [Fact]
    public async Task ProgressLine_ShouldCountTheWholeJourney_NotOnlyTheCards()
    {
        var chat = await StartedAsync("webchat");

        var first = ClientChat.CardOf(chat.LastReply)!["body"]![0]!["text"]!.GetValue<string>();

        Assert.Matches(@"^Vraag 1 van (\d+) · nog ongeveer \d+ minuten$", first);
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(first, @"van (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > Content.Cards.Cards.Count + Content.Capabilities.Values.Count, first);
        Assert.DoesNotContain("Kaart", ClientChat.CardOf(chat.LastReply)!.ToJsonString(), StringComparison.Ordinal);
    }

    private static bool HasButton(Activity message, string title) =>
        ClientChat.CardOf(message)!["actions"]!.AsArray().Any(a => a!["title"]!.GetValue<string>() == title);

    private static Task<IReadOnlyList<Activity>> Press(ClientChat chat, string title, JsonObject inputs) => chat.PressAsync(chat.LastReply!, title, inputs);

    private async Task<ClientChat> StartedAsync(string channelId, PreparationParts parts = PreparationParts.CardSet | PreparationParts.CapabilityList)
    {
        var code = await ClientChat.NewAppointmentAsync(Host, parts);
        var chat = new ClientChat(Host, Connector, "client-" + Guid.NewGuid().ToString("N")[..8], channelId);
        await chat.SayAsync(code);
        if (channelId == "webchat")
        {
            await chat.PressAsync(chat.LastReply!, BotTexts.Nl("journey.consent.yes"));
        }
        else
        {
            await chat.SayAsync("ja");
        }

        return chat;
    }

    private async Task<ClientJourney> JourneyAsync(ClientChat chat) =>
        (await Host.Services.GetRequiredService<ConversationStateStore>().LoadAsync(ConversationStateStore.Key(chat.LastReply!.ChannelId!, chat.ConversationId), default))!.Value.Client!;
}
