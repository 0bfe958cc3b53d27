using System.Text.Json.Nodes;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;

namespace ReIntegratie.Bot.Tests.Dialogs.Engine;

public sealed class WaterfallDialogTests
{
    private static PromptOptions Ask(string text, string? retry = null) => new()
    {
        Prompt = new Activity { Type = ActivityTypes.Message, Text = text },
        RetryPrompt = retry is null ? null : new Activity { Type = ActivityTypes.Message, Text = retry },
        MaxLength = 20,
    };

    private static DialogSet NameAndColour() => new DialogSet()
        .Add(new TextPrompt("text"))
        .Add(new WaterfallDialog("main",
        [
            (step, ct) => step.PromptAsync("text", Ask("Hoe heet je?", "Typ je naam (kort)."), ct),
            async (step, ct) =>
            {
                step.Values["name"] = step.Result!.DeepClone();
                return await step.PromptAsync("text", Ask($"Hoi {step.Result}. Lievelingskleur?"), ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"{step.Values["name"]} houdt van {step.Result}", ct);
                return await step.EndDialogAsync(JsonValue.Create("klaar"), ct);
            },
        ]));

    [Fact]
    public async Task Waterfall_ShouldPassEachPromptResultToTheNextStep()
    {
        var transcript = new DialogTranscript(NameAndColour(), "main");

        Assert.Equal(["Hoe heet je?"], DialogTranscript.Texts(await transcript.SayAsync("hallo")));
        Assert.Equal(["Hoi Sam. Lievelingskleur?"], DialogTranscript.Texts(await transcript.SayAsync("Sam")));
        Assert.Equal(["Sam houdt van groen"], DialogTranscript.Texts(await transcript.SayAsync("groen")));
        Assert.Equal(DialogTurnStatus.Complete, transcript.LastResult!.Status);
        Assert.Equal("klaar", transcript.LastResult.Result!.GetValue<string>());
    }

    [Fact]
    public async Task TextPrompt_ShouldReaskWithTheRetryText_WhenTheAnswerIsTooLong()
    {
        var transcript = new DialogTranscript(NameAndColour(), "main");
        await transcript.SayAsync("hallo");

        var reply = await transcript.SayAsync(new string('x', 21));

        Assert.Equal(["Typ je naam (kort)."], DialogTranscript.Texts(reply));
        Assert.Equal(["Hoi Kim. Lievelingskleur?"], DialogTranscript.Texts(await transcript.SayAsync("Kim")));
    }

    [Fact]
    public async Task TextPrompt_ShouldAcceptTheAnswerFromACardSubmit()
    {
        var transcript = new DialogTranscript(NameAndColour(), "main");
        await transcript.SayAsync("hallo");

        var reply = await transcript.SubmitAsync(new { answer = "Noor" });

        Assert.Equal(["Hoi Noor. Lievelingskleur?"], DialogTranscript.Texts(reply));
    }

    [Fact]
    public async Task ComponentDialog_ShouldRunItsInnerDialogs_AndEndWithTheirResult()
    {
        var dialogs = new DialogSet().Add(new NameComponent()).Add(new WaterfallDialog("outer",
        [
            (step, ct) => step.BeginDialogAsync(NameComponent.DialogId, null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"component gaf: {step.Result}", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));
        var transcript = new DialogTranscript(dialogs, "outer");

        Assert.Equal(["Naam?"], DialogTranscript.Texts(await transcript.SayAsync("start")));
        Assert.Equal(["component gaf: Ada"], DialogTranscript.Texts(await transcript.SayAsync("Ada")));
    }

    private sealed class NameComponent : ComponentDialog
    {
        public const string DialogId = "name-component";

        public NameComponent() : base(DialogId)
        {
            AddDialog(new WaterfallDialog("inner",
            [
                (step, ct) => step.PromptAsync("inner-text", Ask("Naam?"), ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]));
            AddDialog(new TextPrompt("inner-text"));
        }
    }
}
