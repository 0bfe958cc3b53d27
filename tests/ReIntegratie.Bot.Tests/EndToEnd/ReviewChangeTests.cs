using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Tests.EndToEnd;

/// <summary>Changing an answer from the review: a "Wijzig" button per answer, the question opens filled in, only the changed part comes back.</summary>
public sealed class ReviewChangeTests : HostedBotTest
{
    private const string StuckPattern = "stuck-pattern";
    private const string HasWork = "has-work"; // three short choices: one-tap buttons when first asked
    private static readonly PreparationContent Content = PreparationContent.Default;

    [Fact]
    public async Task Review_ShouldShowEveryAnswerWithItsOwnChangeButton_InValidCardsWithAtMostFiveActionsPerSet()
    {
        var (chat, review) = await AtReviewAsync();

        var partCards = review.Select(ClientChat.CardOf).OfType<JsonObject>().Where(card => ChangeButtons(card).Any()).ToList();
        var journey = await JourneyAsync(chat);
        Assert.Equal(Changeable(journey), partCards.Sum(card => ChangeButtons(card).Count()));
        Assert.All(partCards, card => Assert.All(ActionSets(card), set => Assert.InRange(set.Count, 1, 5)));
        Assert.All(partCards.SelectMany(ChangeButtons), button =>
        {
            Assert.Equal(BotTexts.Nl("review.change"), button["title"]!.GetValue<string>());
            Assert.StartsWith(BotTexts.Nl("review.changeTooltip").Split('{')[0], button["tooltip"]!.GetValue<string>());
        });
        Assert.All(AdaptiveCardValidator.ValidateAll([.. partCards, ClientChat.CardOf(review[^1])!]), result => Assert.Empty(result.Errors));
    }

    [Fact]
    public async Task ChangeButton_ShouldOpenThatQuestionWithTheEarlierAnswerFilledIn()
    {
        var (before, choices) = await ChangeFromTheReviewAsync(StuckPattern);

        Assert.Equal(Content.Cards.FindQuestion(StuckPattern)!.Text.Nl, choices["label"]!.GetValue<string>());
        Assert.Equal(before, choices["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChangeButton_ShouldShowTheEarlierChoiceSelected_ForAQuestionFirstAskedWithOneTapButtons()
    {
        var (before, choices) = await ChangeFromTheReviewAsync(HasWork);

        Assert.Equal("Input.ChoiceSet", choices["type"]!.GetValue<string>());
        Assert.Equal(before, choices["value"]!.GetValue<string>());
        Assert.Equal(Content.Cards.FindQuestion(HasWork)!.Options.Count, choices["choices"]!.AsArray().Count);
    }

    [Fact]
    public async Task ChangedAnswer_ShouldBeSentBackAsOnlyItsOwnPart_NotTheWholeReview()
    {
        var (chat, review) = await AtReviewAsync();
        var wholeReview = review.Count(reply => ClientChat.CardOf(reply) is { } card && ChangeButtons(card).Any());
        var question = Content.Cards.FindQuestion(StuckPattern)!;
        var opened = await PressChangeAsync(chat, review, "q:" + StuckPattern);
        var other = question.Options[^1].Id;

        var afterChange = await chat.PressAsync(opened[^1], BotTexts.Nl("journey.button.next"), new JsonObject { ["answer"] = other });

        Assert.Equal([other], (await JourneyAsync(chat)).Answers.AnswerTo(StuckPattern)!.OptionIds);
        Assert.Equal(BotTexts.Nl("review.changed"), afterChange[0].Text);
        var parts = afterChange.Select(ClientChat.CardOf).OfType<JsonObject>().Where(card => ChangeButtons(card).Any()).ToList();
        Assert.True(wholeReview > 5, $"the whole review has {wholeReview} parts");
        var part = Assert.Single(parts);
        Assert.Contains(ChangeButtons(part), button => button["data"]!["answer"]!.GetValue<string>() == "change:q:" + StuckPattern);
        Assert.Contains(ClientChat.Inputs(ClientChat.CardOf(afterChange[^1])!), input => input["type"]!.GetValue<string>() == "Input.Toggle");
    }

    [Fact]
    public async Task WorkValueChangeButton_ShouldOpenItsThreeQuestionsFilledIn_ThenReturnToTheReview()
    {
        var (chat, review) = await AtReviewAsync();
        var value = Content.Capabilities.Values[3];

        var replies = await PressChangeAsync(chat, review, "a:" + value.Id);
        var keys = new[] { "a:" + value.Id, "b:" + value.Id, "c:" + value.Id };
        var inputs = ClientChat.Inputs(ClientChat.CardOf(replies[^1])!).ToDictionary(i => i["id"]!.GetValue<string>());
        Assert.All(keys, key => Assert.Equal("4", inputs[key]["value"]!.GetValue<string>()));
        replies = await chat.PressAsync(replies[^1], BotTexts.Nl("journey.button.next"), new JsonObject { [keys[0]] = "2", [keys[1]] = "2", [keys[2]] = "2" });

        var rating = (await JourneyAsync(chat)).Answers.Capabilities[value.Id];
        Assert.Equal((2, 2, 2), (rating.Importance, rating.Enablement, rating.Realisation));
        Assert.Equal(BotTexts.Nl("review.changed"), replies[0].Text);
    }

    [Fact]
    public async Task TypedChange_ShouldListEachWorkValueOnce_AndOpenTheChosenAnswer_OnATextChannel()
    {
        var code = await ClientChat.NewAppointmentAsync(Host);
        var chat = new ClientChat(Host, Connector, "text-" + Guid.NewGuid().ToString("N")[..8], "sms");
        await chat.SayAsync(code);
        var driver = new JourneyDriver(chat, BotTexts.Nl("journey.review.shared"));
        while (chat.LastReply!.Text?.StartsWith("1. " + BotTexts.Nl("journey.review.share"), StringComparison.Ordinal) != true)
        {
            await driver.StepAsync();
        }

        var list = (await chat.SayAsync("2")).Single().Text!;
        var lines = list.Split('\n').Where(line => line.Length > 2 && char.IsAsciiDigit(line[0])).ToList();
        var journey = await JourneyAsync(chat);
        Assert.Equal(Changeable(journey), lines.Count);
        var agenda = lines.Single(line => line.EndsWith(Content.Cards.OwnAgenda.Topic.Nl, StringComparison.Ordinal));

        var opened = await chat.SayAsync(agenda.Split('.')[0]);
        Assert.Contains(Content.Cards.OwnAgenda.Text.Nl, opened[^1].Text, StringComparison.Ordinal);
        var back = await chat.SayAsync("Iets anders bespreken");

        Assert.Equal("Iets anders bespreken", (await JourneyAsync(chat)).Answers.OwnAgenda);
        Assert.StartsWith(BotTexts.Nl("review.changed"), back[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Content.Cards.Cards[0].Title.Nl, back[0].Text, StringComparison.Ordinal);
    }

    /// <summary>At the review, presses "Wijzig" for a card question: its earlier choice, and the answer input of the card that opens.</summary>
    private async Task<(string Before, JsonObject Choices)> ChangeFromTheReviewAsync(string questionId)
    {
        var (chat, review) = await AtReviewAsync();
        var before = (await JourneyAsync(chat)).Answers.AnswerTo(questionId)!.OptionIds.Single();
        var opened = await PressChangeAsync(chat, review, "q:" + questionId);
        var card = ClientChat.CardOf(opened[^1])!;
        return (before, ClientChat.Inputs(card).Single(input => input["id"]!.GetValue<string>() == "answer"));
    }

    private async Task<(ClientChat Chat, IReadOnlyList<Activity> Review)> AtReviewAsync()
    {
        var code = await ClientChat.NewAppointmentAsync(Host);
        var chat = new ClientChat(Host, Connector, "review-" + Guid.NewGuid().ToString("N")[..8], "webchat");
        await chat.SayAsync(code);
        var driver = new JourneyDriver(chat, BotTexts.Nl("journey.review.shared"));
        var seen = 0;
        while (!IsSharingCard(chat.LastReply!))
        {
            seen = chat.Transcript.Count;
            await driver.StepAsync();
        }

        return (chat, chat.Transcript.Skip(seen).ToList());
    }

    private static bool IsSharingCard(Activity reply) =>
        ClientChat.CardOf(reply) is { } card && ClientChat.Inputs(card).Any(input => input["type"]!.GetValue<string>() == "Input.Toggle");

    /// <summary>Each card answer, each work value once (a, b and c together), the own value, each circle, the own agenda.</summary>
    private static int Changeable(ClientJourney journey) =>
        journey.Answers.Questions.Count + journey.Answers.Capabilities.Count + (journey.Answers.ExtraValue is null ? 0 : 1) +
        journey.Answers.Circles.Placements.Count + (journey.Answers.OwnAgenda is null ? 0 : 1);

    /// <summary>Presses the "Wijzig" of one answer (all those buttons share a title, so it is found by what it changes).</summary>
    private static Task<IReadOnlyList<Activity>> PressChangeAsync(ClientChat chat, IEnumerable<Activity> review, string target) =>
        chat.SubmitAsync(review.Select(ClientChat.CardOf).OfType<JsonObject>().SelectMany(ChangeButtons)
            .Last(button => button["data"]!["answer"]!.GetValue<string>() == "change:" + target)["data"]!.DeepClone().AsObject());

    private static IEnumerable<JsonObject> ChangeButtons(JsonObject card) =>
        ActionSets(card).SelectMany(set => set.OfType<JsonObject>()).Where(action => action["data"]?["answer"]?.GetValue<string>().StartsWith("change:", StringComparison.Ordinal) == true);

    private static IEnumerable<JsonArray> ActionSets(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "ActionSet" => [o["actions"]!.AsArray()],
        JsonObject o => o.Select(p => p.Value).SelectMany(ActionSets).Concat(o["type"]?.GetValue<string>() == "AdaptiveCard" && o["actions"] is JsonArray top ? [top] : []),
        JsonArray a => a.SelectMany(ActionSets),
        _ => [],
    };

    private async Task<ClientJourney> JourneyAsync(ClientChat chat) =>
        (await Host.Services.GetRequiredService<ConversationStateStore>().LoadAsync(ConversationStateStore.Key(chat.LastReply!.ChannelId!, chat.ConversationId), default))!.Value.Client!;
}
