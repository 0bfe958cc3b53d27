using System.Text.Json.Nodes;

namespace ReIntegratie.Bot.Dialogs.Engine;

/// <summary>
/// A dialog made of dialogs: it keeps its own inner stack in its state and starts
/// <see cref="InitialDialogId"/>; when the inner stack completes, the component ends with that result.
/// </summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    protected DialogSet Dialogs { get; } = new();

    protected string InitialDialogId { get; set; } = "";

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        if (InitialDialogId.Length == 0)
        {
            InitialDialogId = dialog.Id;
        }

        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var inner = InnerContext(dc, dc.ActiveDialog!);
        var result = await OnBeginDialogAsync(inner, options, cancellationToken);
        return await AfterInnerTurnAsync(dc, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var inner = InnerContext(dc, dc.ActiveDialog!);
        var result = await inner.ContinueDialogAsync(cancellationToken);
        return await AfterInnerTurnAsync(dc, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        // As in Bot Builder: a component resumed by an outer dialog asks again what its inner stack waits for.
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        InnerContext(dc, instance).RepromptDialogAsync(cancellationToken);

    /// <summary>The component's inner stack as a context, e.g. to find the active question.</summary>
    public DialogContext InnerContext(DialogContext outer, DialogInstance instance) =>
        new(Dialogs, outer.Context, instance.Inner ??= [], outer.Services, outer);

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext inner, JsonNode? options, CancellationToken cancellationToken) =>
        inner.BeginDialogAsync(InitialDialogId, options, cancellationToken);

    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outer, JsonNode? result, CancellationToken cancellationToken) =>
        outer.EndDialogAsync(result, cancellationToken);

    private async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext outer, DialogTurnResult result, CancellationToken cancellationToken) =>
        result.Status == DialogTurnStatus.Complete
            ? await EndComponentAsync(outer, result.Result, cancellationToken)
            : result;
}
