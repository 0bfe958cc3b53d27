using System.Text.Json.Nodes;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Dialogs.Engine;

/// <summary>
/// A turn's view of one dialog stack: start, continue, end and replace dialogs. A component dialog
/// gets a child context over its own inner stack, whose <see cref="Parent"/> is the outer one.
/// </summary>
public sealed class DialogContext(DialogSet dialogs, TurnContext context, List<DialogInstance> stack, TurnServices services, DialogContext? parent = null)
{
    public TurnContext Context { get; } = context;
    public DialogSet Dialogs { get; } = dialogs;
    public List<DialogInstance> Stack { get; } = stack;
    public DialogContext? Parent { get; } = parent;

    /// <summary>Per-turn objects the bot shares with its dialogs (e.g. the conversation's journey state).</summary>
    public TurnServices Services { get; } = services;

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[^1] : null;

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken)
    {
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"DialogContext.BeginDialogAsync: dialog '{dialogId}' is not in the dialog set.");
        Stack.Add(new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindDialog(active.Id)
            ?? throw new InvalidOperationException($"DialogContext.ContinueDialogAsync: active dialog '{active.Id}' is not in the dialog set.");
        return await dialog.ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(JsonNode? result, CancellationToken cancellationToken)
    {
        if (Stack.Count > 0)
        {
            Stack.RemoveAt(Stack.Count - 1);
        }

        if (ActiveDialog is { } parentInstance && FindDialog(parentInstance.Id) is { } parentDialog)
        {
            return await parentDialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken)
    {
        if (Stack.Count > 0)
        {
            Stack.RemoveAt(Stack.Count - 1);
        }

        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public Task<DialogTurnResult> CancelAllDialogsAsync()
    {
        Stack.Clear();
        return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Cancelled));
    }

    public async Task RepromptDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is { } active && FindDialog(active.Id) is { } dialog)
        {
            await dialog.RepromptDialogAsync(this, active, cancellationToken);
        }
    }

    /// <summary>The dialog with this id in this set or, as in Bot Builder, in an enclosing one.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);
}
