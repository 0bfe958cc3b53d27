using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Bot.Dialogs.Preparation;
using ReIntegratie.Bot.Dialogs.Review;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Root;

/// <summary>
/// An interruption that asks "are you sure?" on top of whatever the client was doing. Yes runs the
/// action; no says so and the interrupted question is asked again.
/// </summary>
public sealed class ConfirmationDialog(string id, string questionKey, string keptKey, TextCatalog texts, Func<DialogContext, CancellationToken, Task<DialogTurnResult>> onYes)
    : WaterfallDialog(id,
    [
        (step, ct) => step.PromptAsync(DialogIds.ConfirmPrompt,
            ReviewDialog.YesNo(id, texts.Get(questionKey, step.DialogContext.Language()), step.DialogContext.Language(), texts, step.Context.Activity.ChannelId), ct),
        async (step, ct) =>
        {
            if (step.Result?.GetValue<bool>() == true)
            {
                return await onYes(step.DialogContext, ct);
            }

            await step.Context.SendActivityAsync(texts.Get(keptKey, step.DialogContext.Language()), ct);
            return await step.EndDialogAsync(null, ct);
        },
    ]);
