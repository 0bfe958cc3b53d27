using System.Text.Json.Nodes;

namespace ReIntegratie.Bot.Dialogs.Engine;

/// <summary>What a waterfall step sees: the previous step's result, the dialog's values, and how to go on.</summary>
public sealed class WaterfallStepContext(WaterfallDialog parent, DialogContext dc, int index, JsonNode? options, JsonNode? result, JsonObject values)
{
    public DialogContext DialogContext { get; } = dc;
    public int Index { get; } = index;
    public JsonNode? Options { get; } = options;

    /// <summary>The result of the previous step's prompt or child dialog.</summary>
    public JsonNode? Result { get; } = result;

    /// <summary>Values kept across the steps of this dialog instance (persisted).</summary>
    public JsonObject Values { get; } = values;

    public Channel.TurnContext Context => DialogContext.Context;

    public Task<DialogTurnResult> NextAsync(JsonNode? result, CancellationToken cancellationToken) =>
        parent.RunStepAsync(DialogContext, Index + 1, DialogReason.NextCalled, result, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string promptId, Prompts.PromptOptions options, CancellationToken cancellationToken) =>
        DialogContext.BeginDialogAsync(promptId, DialogStateValues.ToNode(options), cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(JsonNode? result, CancellationToken cancellationToken) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken) =>
        DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);
}
