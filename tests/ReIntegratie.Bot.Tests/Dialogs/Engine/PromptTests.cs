using System.Text.Json.Nodes;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;

namespace ReIntegratie.Bot.Tests.Dialogs.Engine;

public sealed class PromptTests
{
    private static readonly List<Choice> Circles =
    [
        new() { Value = "goingWell", Title = "Gaat al goed", Synonyms = ["going well"] },
        new() { Value = "couldBeBetter", Title = "Kan beter", Synonyms = ["could be better"] },
        new() { Value = "later", Title = "Komt later", Synonyms = ["comes later"] },
    ];

    private static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static DialogTranscript Ask(Dialog prompt, PromptOptions options) =>
        new(new DialogSet().Add(prompt).Add(new WaterfallDialog("ask",
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("antwoord: " + step.Result!.ToJsonString(), ct);
                return await step.EndDialogAsync(null, ct);
            },
        ])), "ask");

    [Theory]
    [InlineData("2", "[\"couldBeBetter\"]")]
    [InlineData("kan BETER", "[\"couldBeBetter\"]")]
    [InlineData("Could be better.", "[\"couldBeBetter\"]")]
    [InlineData("  komt   later ", "[\"later\"]")]
    public async Task ChoicePrompt_ShouldRecognizeNumbersLabelsAndSynonyms_InEitherLanguage(string typed, string expected)
    {
        var transcript = Ask(new ChoicePrompt("choice"), new PromptOptions { Choices = Circles, Prompt = Text("Waar hoort dit?") });
        await transcript.SayAsync("start");

        Assert.Equal(["antwoord: " + expected], DialogTranscript.Texts(await transcript.SayAsync(typed)));
    }

    [Fact]
    public async Task ChoicePrompt_ShouldIgnoreAccents_WhenMatchingTypedAnswers()
    {
        var choices = new List<Choice> { new() { Value = "cafe", Title = "Café" }, new() { Value = "thuis", Title = "Thuis" } };
        var transcript = Ask(new ChoicePrompt("choice"), new PromptOptions { Choices = choices });
        await transcript.SayAsync("start");

        Assert.Equal(["antwoord: [\"cafe\"]"], DialogTranscript.Texts(await transcript.SayAsync("CAFE")));
    }

    [Fact]
    public async Task ChoicePrompt_ShouldAcceptSeveral_WhenMultipleAreAllowed()
    {
        var transcript = Ask(new ChoicePrompt("choice"), new PromptOptions { Choices = Circles, AllowMultiple = true });
        await transcript.SayAsync("start");

        Assert.Equal(["antwoord: [\"goingWell\",\"later\"]"], DialogTranscript.Texts(await transcript.SayAsync("1 en 3")));
    }

    [Fact]
    public async Task ChoicePrompt_ShouldRejectACardSubmitWithAValueOutsideTheChoices()
    {
        var transcript = Ask(new ChoicePrompt("choice"), new PromptOptions { Choices = Circles, RetryPrompt = Text("Kies een van de knoppen.") });
        await transcript.SayAsync("start");

        Assert.Equal(["Kies een van de knoppen."], DialogTranscript.Texts(await transcript.SubmitAsync(new { answer = "admin" })));
        Assert.Equal(["antwoord: [\"later\"]"], DialogTranscript.Texts(await transcript.SubmitAsync(new { answer = "later" })));
    }

    [Fact]
    public async Task Prompt_ShouldNotRecognizeACardSubmit_WhenItNamesAnotherPrompt()
    {
        var transcript = Ask(new ChoicePrompt("choice"), new PromptOptions { Id = "circle:a", Choices = Circles, RetryPrompt = Text("Kies een van de knoppen.") });
        await transcript.SayAsync("start");

        Assert.Equal(["Kies een van de knoppen."], DialogTranscript.Texts(await transcript.SubmitAsync(new { prompt = "consent", answer = "later" })));
        Assert.Equal(["Kies een van de knoppen."], DialogTranscript.Texts(await transcript.SubmitAsync(new { answer = "later" })));
        Assert.Equal(["antwoord: [\"later\"]"], DialogTranscript.Texts(await transcript.SubmitAsync(new { prompt = "circle:a", answer = "later" })));
    }

    [Fact]
    public async Task Prompt_ShouldWriteItsIdIntoEveryButtonOfItsCard_WhenItAsksAndAsksAgain()
    {
        var card = AdaptiveCard.Card([AdaptiveCard.TextBlock("Doe je mee?")],
            [AdaptiveCard.Submit("Ja", new JsonObject { ["answer"] = "true" }), AdaptiveCard.Submit("Overslaan", new JsonObject { ["action"] = "skip" }, withInputs: false)]);
        var transcript = Ask(new ChoicePrompt("choice"), new PromptOptions { Id = "q:goal", Subject = "goal", Choices = Circles, Prompt = AdaptiveCard.Message(card) });

        var asked = await transcript.SayAsync("start");
        var askedAgain = await transcript.SayAsync("iets anders");

        foreach (var sent in new[] { asked.Single(), askedAgain.Single() })
        {
            var data = JsonNode.Parse(sent.Attachments![0].Content!.Value.GetRawText())!["actions"]!.AsArray().Select(a => a!["data"]!.ToJsonString());
            Assert.Equal(["{\"answer\":\"true\",\"prompt\":\"q:goal\",\"question\":\"goal\"}", "{\"action\":\"skip\",\"prompt\":\"q:goal\",\"question\":\"goal\"}"], data);
        }
    }

    [Fact]
    public async Task ScalePrompt_ShouldReaskAnInvalidAnswer_AndAcceptAValidOne()
    {
        var transcript = Ask(new ScalePrompt("scale", ["n.v.t."]), new PromptOptions { Prompt = Text("1 tot 5?"), RetryPrompt = Text("Kies een getal van 1 tot 5.") });
        await transcript.SayAsync("start");

        Assert.Equal(["Kies een getal van 1 tot 5."], DialogTranscript.Texts(await transcript.SayAsync("7")));
        Assert.Equal(["Kies een getal van 1 tot 5."], DialogTranscript.Texts(await transcript.SayAsync("n.v.t.")));
        Assert.Equal(["antwoord: {\"value\":4,\"notApplicable\":false}"], DialogTranscript.Texts(await transcript.SayAsync("4")));
    }

    [Fact]
    public async Task ScalePrompt_ShouldAcceptNotApplicable_OnlyWhereAllowed()
    {
        var transcript = Ask(new ScalePrompt("scale", ["n.v.t.", "nvt"]), new PromptOptions { AllowNotApplicable = true });
        await transcript.SayAsync("start");

        Assert.Equal(["antwoord: {\"notApplicable\":true}"], DialogTranscript.Texts(await transcript.SayAsync("N.V.T.")));
    }

    [Fact]
    public async Task ConfirmPrompt_ShouldUnderstandYesAndNoInBothLanguages()
    {
        var transcript = Ask(new ConfirmPrompt("confirm", ["ja", "yes"], ["nee", "no"]), new PromptOptions());
        await transcript.SayAsync("start");

        Assert.Equal(["antwoord: true"], DialogTranscript.Texts(await transcript.SayAsync("Yes")));
    }

    [Fact]
    public async Task Prompt_ShouldOfferHelpInsteadOfLooping_AfterThreeFailedTries()
    {
        var options = new PromptOptions { RetryPrompt = Text("Nog eens?"), HelpOffer = Text("Lukt het niet? Typ 'help' of 'overslaan'.") };
        var transcript = Ask(new ScalePrompt("scale", []), options);
        await transcript.SayAsync("start");

        var replies = new List<string?>();
        foreach (var wrong in new[] { "x", "y", "z", "q" })
        {
            replies.AddRange(DialogTranscript.Texts(await transcript.SayAsync(wrong)));
        }

        Assert.Equal(["Nog eens?", "Nog eens?", "Lukt het niet? Typ 'help' of 'overslaan'.", "Nog eens?"], replies);
    }

    [Fact]
    public async Task Prompt_ShouldWaitQuietly_WhenANonMessageActivityArrives()
    {
        var transcript = Ask(new ScalePrompt("scale", []), new PromptOptions { Prompt = Text("1 tot 5?") });
        await transcript.SayAsync("start");

        var replies = await transcript.SendAsync(new Activity { Type = ActivityTypes.Event, Name = "ping" });

        Assert.Empty(replies);
        Assert.Equal(DialogTurnStatus.Waiting, transcript.LastResult!.Status);
    }
}
