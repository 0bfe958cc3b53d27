using System.Text.Json.Nodes;

namespace ReIntegratie.Bot.Dialogs.Engine;

/// <summary>
/// A dialog that runs its steps in order (Bot Builder's waterfall). A step that prompts ends the turn;
/// the prompt's result arrives as <see cref="WaterfallStepContext.Result"/> of the next step.
/// Step index, options and values are stored in the instance, so a waterfall resumes after a restart.
/// </summary>
public class WaterfallDialog(string id, IReadOnlyList<WaterfallStep> steps) : Dialog(id)
{
    private const string StepIndex = "stepIndex";
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options?.DeepClone();
        state[ValuesKey] = new JsonObject();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // A waterfall only waits through child dialogs; a message reaching it directly moves it on.
        var index = dc.ActiveDialog!.State.Get<int>(StepIndex);
        return RunStepAsync(dc, index + 1, DialogReason.ContinueCalled, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        var index = dc.ActiveDialog!.State.Get<int>(StepIndex);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        if (index >= steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var state = dc.ActiveDialog!.State;
        state.Set(StepIndex, index);
        if (state[ValuesKey] is not JsonObject values)
        {
            values = [];
            state[ValuesKey] = values;
        }

        var step = new WaterfallStepContext(this, dc, index, state[OptionsKey], result, values);
        return await steps[index](step, cancellationToken);
    }
}
