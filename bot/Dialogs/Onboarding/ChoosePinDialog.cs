using System.Text.Json;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;
using ReIntegratie.Bot.Dialogs.Preparation;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Onboarding;

/// <summary>
/// After consent, once: the client may choose a PIN of 4 to 6 digits, to come back on another browser
/// or device with the invitation link. Only its salted hash leaves the turn, as an effect that stores it
/// on the appointment. The client may also choose no PIN.
/// </summary>
public sealed class ChoosePinDialog : WaterfallDialog
{
    public const string NoPin = "none";
    private const string RetryOption = "retry";

    public ChoosePinDialog(TextCatalog texts)
        : base(DialogIds.ChoosePin, Steps(texts))
    {
    }

    private static WaterfallStep[] Steps(TextCatalog texts) =>
    [
        async (step, ct) =>
        {
            var language = step.DialogContext.Language();
            var retry = step.Options?[RetryOption] is not null;
            var ask = texts.Get(retry ? "resume.choosePin.retry" : "resume.choosePin.ask", language);
            Activity prompt;
            if (ChannelCapabilities.SupportsAdaptiveCards(step.Context.Activity.ChannelId))
            {
                var input = AdaptiveCard.TextInput("answer", texts.Get("resume.choosePin.label", language), ResumePin.MaxLength, multiline: false);
                input["style"] = "password";
                input["isRequired"] = true;
                input["regex"] = "^\\s*[0-9]{4,6}\\s*$";
                input["errorMessage"] = texts.Get("resume.pin.notAPin", language);
                prompt = AdaptiveCard.Message(AdaptiveCard.Card(
                    [AdaptiveCard.TextBlock(ask), input],
                    [AdaptiveCard.Submit(texts.Get("resume.choosePin.save", language), []),
                     AdaptiveCard.Submit(texts.Get("resume.choosePin.none", language), new JsonObject { ["answer"] = NoPin }, withInputs: false)]),
                    summary: ask);
            }
            else
            {
                prompt = new Activity { Type = ActivityTypes.Message, Text = ask + " " + texts.Get("resume.choosePin.noneTyped", language) };
            }

            return await step.PromptAsync(DialogIds.TextPrompt, new PromptOptions { Prompt = prompt, MaxLength = 32 }, ct);
        },
        async (step, ct) =>
        {
            var language = step.DialogContext.Language();
            var journey = step.DialogContext.Journey();
            var typed = step.Result?.GetValue<string>();
            if (IsNoPin(typed))
            {
                journey.PinOffered = true;
                await step.Context.SendActivityAsync(texts.Get("resume.choosePin.declined", language), ct);
                return await step.EndDialogAsync(null, ct);
            }

            if (!ResumePin.TryNormalize(typed, out var pin) || journey.AppointmentId is not { } appointmentId)
            {
                return await step.ReplaceDialogAsync(DialogIds.ChoosePin, new JsonObject { [RetryOption] = true }, ct);
            }

            journey.PinOffered = true;
            journey.HasPin = true;
            step.DialogContext.State().PendingEffects.Add(new ConversationEffect(
                ConversationEffectKind.SetResumePin, appointmentId, step.Context.Activity.Id ?? "", JsonSerializer.Serialize(ResumePin.Create(pin))));
            await step.Context.SendActivityAsync(texts.Get("resume.choosePin.saved", language), ct);
            return await step.EndDialogAsync(null, ct);
        },
    ];

    private static bool IsNoPin(string? typed) => TextMatching.Normalize(typed) is NoPin or "geen" or "geen pincode" or "liever geen pincode" or "no" or "nee" or "no pin";
}
