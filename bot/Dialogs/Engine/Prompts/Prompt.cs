using System.Text.Json.Nodes;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Dialogs.Engine.Prompts;

/// <summary>
/// The prompt template (Bot Builder's Prompt&lt;T&gt;): this base owns the stored options, the attempt
/// count, validation and re-asking; a concrete prompt only recognises an answer. After every third
/// failed try the prompt sends <see cref="PromptOptions.HelpOffer"/> instead of looping on the retry.
/// Its cards carry <see cref="PromptOptions.Id"/>, and only a card submit with that id can answer it.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id), IPrompt
{
    public const int TriesBeforeHelpOffer = 3;
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var promptOptions = options.As<PromptOptions>() ?? new PromptOptions();
        var state = dc.ActiveDialog!.State;
        state.Set(OptionsKey, promptOptions);
        state.Set(AttemptsKey, 0);
        await SendAsync(dc.Context, promptOptions.Prompt, promptOptions, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!dc.Context.Activity.IsType(ActivityTypes.Message))
        {
            return DialogTurnResult.EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var options = state.Get<PromptOptions>(OptionsKey) ?? new PromptOptions();
        var attempts = state.Get<int>(AttemptsKey);
        var activity = dc.Context.Activity;
        var recognized = CardSubmits.CanAnswer(activity, options.Id)
            ? Recognize(activity, options)
            : PromptRecognizerResult<T>.Failed;
        var valid = recognized.Succeeded;
        if (valid && validator is not null)
        {
            valid = await validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempts), cancellationToken);
        }

        if (valid)
        {
            if (AnsweredCard.Replacement(activity, options.Prompt) is { } answered)
            {
                dc.Context.UpdateActivityAfterTurn(answered);
            }

            return await dc.EndDialogAsync(DialogStateValues.ToNode(recognized.Value), cancellationToken);
        }

        attempts++;
        state.Set(AttemptsKey, attempts);
        var retry = attempts % TriesBeforeHelpOffer == 0 && options.HelpOffer is not null
            ? options.HelpOffer
            : options.RetryPrompt ?? options.Prompt;
        await SendAsync(dc.Context, retry, options, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    /// <summary>An interruption (e.g. "start over? no") ended on top of this prompt: ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        var options = instance.State.Get<PromptOptions>(OptionsKey) ?? new PromptOptions();
        return SendAsync(dc.Context, options.Prompt, options, cancellationToken);
    }

    public string? OpenId(DialogInstance instance) => instance.State.Get<PromptOptions>(OptionsKey)?.Id;

    public JsonNode? RecognizeAnswer(Activity activity, PromptOptions options) =>
        Recognize(activity, options) is { Succeeded: true } recognized ? DialogStateValues.ToNode(recognized.Value) : null;

    /// <summary>Recognises an answer from typed text or from a card submit's <c>value.answer</c>.</summary>
    protected abstract PromptRecognizerResult<T> Recognize(Activity activity, PromptOptions options);

    /// <summary>The answer a card submitted (input id "answer"), if any.</summary>
    protected static string? SubmittedAnswer(Activity activity) =>
        activity.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } value &&
        value.TryGetProperty("answer", out var answer)
            ? answer.ValueKind switch
            {
                System.Text.Json.JsonValueKind.String => answer.GetString(),
                System.Text.Json.JsonValueKind.Number => answer.GetRawText(),
                System.Text.Json.JsonValueKind.True => "true",
                System.Text.Json.JsonValueKind.False => "false",
                _ => null,
            }
            : null;

    private static async Task SendAsync(TurnContext context, Activity? template, PromptOptions options, CancellationToken cancellationToken)
    {
        if (template is null)
        {
            return;
        }

        // Each send gets its own copy: the template stays in the stored options.
        var copy = System.Text.Json.JsonSerializer.Deserialize<Activity>(
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(template, ProtocolJson.Options), ProtocolJson.Options)!;
        copy.ReplyToId ??= context.Activity.Id;
        if (options.Id is not null)
        {
            CardSubmits.Stamp(copy, options.Id, options.Subject);
        }

        await context.SendActivityAsync(copy, cancellationToken);
    }
}
