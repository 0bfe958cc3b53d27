using System.Text.Json.Nodes;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Tests.EndToEnd;

/// <summary>The client's cards as a screen reader and a narrow screen meet them: the question spoken, choices grouped and wrapped, switches read once.</summary>
public sealed class ClientCardAccessibilityTests : HostedBotTest
{
    private static readonly PreparationContent Content = PreparationContent.Default;

    [Fact]
    public async Task QuestionCards_ShouldCarryTheirQuestionAsTextAndSpeak_OnWebChat()
    {
        var chat = await SharedJourneyAsync("webchat");

        var questions = QuestionCards(chat).ToList();

        Assert.True(questions.Count > 5, $"{questions.Count} question cards");
        Assert.All(questions, pair =>
        {
            Assert.Equal(pair.Question, pair.Message.Text);
            Assert.Equal(pair.Question, pair.Message.Speak);
        });
        var consent = chat.Transcript.First(a => ClientChat.CardOf(a) is not null);
        Assert.Equal(BotTexts.Nl("journey.consent.question"), consent.Speak);
        Assert.Equal(BotTexts.Nl("journey.consent.question"), consent.Text);
    }

    [Fact]
    public async Task QuestionCardsInTeams_ShouldBeSpokenWithoutText_SoTeamsKeepsTextAndCardOneMessage()
    {
        var code = await ClientChat.NewAppointmentAsync(Host);
        var chat = new ClientChat(Host, Connector, "teams-" + Guid.NewGuid().ToString("N")[..8], "msteams");
        await chat.SayAsync(code);
        await chat.PressAsync(chat.LastReply!, BotTexts.Nl("journey.consent.yes"));

        var question = chat.LastReply!;

        Assert.Null(question.Text);
        Assert.Equal(Content.Cards.FindQuestion("has-work")!.Text.Nl, question.Speak);
    }

    [Fact]
    public async Task EveryChoiceSet_ShouldBeLabelledWithItsQuestionAndWrapItsChoices()
    {
        var chat = await SharedJourneyAsync("webchat");

        var choiceSets = chat.Transcript.Select(ClientChat.CardOf).OfType<JsonObject>().SelectMany(ClientChat.Inputs)
            .Where(input => input["type"]!.GetValue<string>() == "Input.ChoiceSet").ToList();

        Assert.NotEmpty(choiceSets);
        Assert.All(choiceSets, set =>
        {
            Assert.False(string.IsNullOrWhiteSpace(set["label"]?.GetValue<string>()));
            Assert.True(set["wrap"]?.GetValue<bool>(), set["label"]!.GetValue<string>());
        });
        var stuck = Content.Cards.FindQuestion("stuck-pattern")!;
        var sentences = choiceSets.Single(set => set["label"]!.GetValue<string>() == stuck.Text.Nl);
        Assert.Equal(stuck.Options.Select(o => o.Label.Nl), sentences["choices"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ShareSwitches_ShouldWrapAndBeNamedByTheirTitleOnly_SoEachIsReadOnce()
    {
        var chat = await SharedJourneyAsync("webchat");

        var switches = chat.Transcript.Select(ClientChat.CardOf).OfType<JsonObject>().SelectMany(ClientChat.Inputs)
            .Where(input => input["type"]!.GetValue<string>() == "Input.Toggle").ToList();

        Assert.NotEmpty(switches);
        Assert.All(switches, toggle =>
        {
            Assert.Null(toggle["label"]);
            Assert.False(string.IsNullOrWhiteSpace(toggle["title"]?.GetValue<string>()));
            Assert.True(toggle["wrap"]?.GetValue<bool>());
        });
        Assert.Empty(AdaptiveCardValidator.Errors(ClientChat.CardOf(chat.Transcript.Last(a => ClientChat.CardOf(a) is { } card && ClientChat.Inputs(card).Any(i => i["type"]!.GetValue<string>() == "Input.Toggle")))!));
    }

    [Fact]
    public async Task WorkValueCards_ShouldAskInPlainWords_NotInTheMethodsNamesOfTheValues()
    {
        var chat = await SharedJourneyAsync("webchat");

        var shown = chat.Transcript.SelectMany(message => new[] { message.Text ?? "" }.Concat(CardTexts(ClientChat.CardOf(message)))).ToList();

        Assert.All(Content.Capabilities.Values, value => Assert.Contains(shown, text => text.Contains(value.PlainName.Nl, StringComparison.Ordinal)));
        Assert.DoesNotContain(shown, text => text.Contains("creëren", StringComparison.OrdinalIgnoreCase));
        Assert.All(Content.Capabilities.Values, value => Assert.DoesNotContain(shown, text => text.Contains(value.Name.Nl, StringComparison.Ordinal)));
    }

    private static IEnumerable<string> CardTexts(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => p.Key is "text" or "label" or "title" && p.Value is JsonValue).Select(p => p.Value!.GetValue<string>())
            .Concat(o.Where(p => p.Value is JsonObject or JsonArray).SelectMany(p => CardTexts(p.Value))),
        JsonArray a => a.SelectMany(CardTexts),
        _ => [],
    };

    private async Task<ClientChat> SharedJourneyAsync(string channelId)
    {
        var code = await ClientChat.NewAppointmentAsync(Host);
        var chat = new ClientChat(Host, Connector, "a11y-" + Guid.NewGuid().ToString("N")[..8], channelId);
        await chat.SayAsync(code);
        await new JourneyDriver(chat, BotTexts.Nl("journey.review.shared")).ShareAsync();
        return chat;
    }

    /// <summary>Every message whose card asks one question through its "answer" input, with that input's label.</summary>
    private static IEnumerable<(Activity Message, string Question)> QuestionCards(ClientChat chat) =>
        chat.Transcript
            .Select(message => (message, answer: ClientChat.CardOf(message) is { } card ? ClientChat.Inputs(card).FirstOrDefault(i => i["id"]!.GetValue<string>() == "answer") : null))
            .Where(pair => pair.answer is not null)
            .Select(pair => (pair.message, pair.answer!["label"]!.GetValue<string>()));
}
