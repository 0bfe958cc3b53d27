using System.Text.Json.Nodes;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Bot.Dialogs.Preparation;

namespace ReIntegratie.Bot.Dialogs.Root;

/// <summary>
/// The client's whole journey: invitation code, explanation and consent, the questions, review and
/// share. Stages already done are passed over, so after sharing the client comes back to the review.
/// </summary>
public sealed class ClientDialog() : WaterfallDialog(DialogIds.Client,
[
    async (step, ct) => step.DialogContext.Journey().AppointmentId is null
        ? await step.BeginDialogAsync(DialogIds.Invitation, step.Options?.DeepClone(), ct)
        : await step.NextAsync(null, ct),
    async (step, ct) => step.DialogContext.Journey().Consent == ConsentStatus.Given
        ? await step.NextAsync(JsonValue.Create(true), ct)
        : await step.BeginDialogAsync(DialogIds.Consent, null, ct),
    async (step, ct) => step.Result?.GetValue<bool>() == true
        ? await step.BeginDialogAsync(DialogIds.Preparation, null, ct)
        : await step.EndDialogAsync(null, ct),
    (step, ct) => step.BeginDialogAsync(DialogIds.Review, null, ct),
]);
