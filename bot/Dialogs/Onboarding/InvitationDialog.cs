using System.Globalization;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;
using ReIntegratie.Bot.Dialogs.Preparation;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Onboarding;

/// <summary>
/// Asks for the invitation code (or takes it from the first activity) until one redeems. Every wrong
/// code gets a friendly explanation; too many wrong tries (per user, and from everyone together) are
/// refused for a while.
/// </summary>
public sealed class InvitationDialog : WaterfallDialog
{
    public const string CodeOption = "code";

    /// <summary>The code was right but used elsewhere: this appointment's PIN is asked (its id only; the code is not kept).</summary>
    public const string PinForOption = "pinFor";

    public InvitationDialog(ClientBinding binding, TextCatalog texts)
        : base(DialogIds.Invitation, Steps(binding, texts))
    {
    }

    private static WaterfallStep[] Steps(ClientBinding binding, TextCatalog texts) =>
    [
        async (step, ct) =>
        {
            if (step.Options?[PinForOption] is not null)
            {
                return await step.PromptAsync(DialogIds.TextPrompt, new PromptOptions { MaxLength = 16 }, ct);
            }

            if (step.Options?[CodeOption]?.GetValue<string>() is { } given)
            {
                return await step.NextAsync(JsonValue.Create(given), ct);
            }

            var ask = step.Options?["retry"] is null ? Text(texts.Get("journey.code.ask", step.DialogContext.Language())) : null;
            return await step.PromptAsync(DialogIds.TextPrompt, new PromptOptions { Prompt = ask, MaxLength = 64 }, ct);
        },
        async (step, ct) =>
        {
            var language = step.DialogContext.Language();
            var activity = step.Context.Activity;
            var conversationKey = step.DialogContext.ConversationKey();
            var userKey = activity.ChannelId + "/" + (activity.From?.Id ?? conversationKey);
            var typed = step.Result?.GetValue<string>();
            var pinFor = step.Options?[PinForOption]?.GetValue<string>();
            if (pinFor is not null && Domain.Appointments.InvitationCode.TryParse(typed, out _))
            {
                pinFor = null; // a (new) code instead of the PIN
            }

            var check = pinFor is null
                ? await binding.RedeemAsync(typed, conversationKey, userKey, ct)
                : await binding.ResumeWithPinAsync(pinFor, typed, conversationKey, userKey, ct);
            if (!check.Accepted || check.Appointment is not { } appointment)
            {
                var problem = texts.Format(check.TextKey, language, new Dictionary<string, string> { ["minutes"] = check.MinutesToWait.ToString(CultureInfo.InvariantCulture) });
                await step.Context.SendActivityAsync(Text(problem), ct);
                var askPinAgain = check.PinFor ?? (check.TextKey is ClientBinding.WrongPinTextKey or ClientBinding.NotAPinTextKey or Domain.Appointments.InvitationAttemptLimiter.TooManyAttemptsTextKey ? pinFor : null);
                return await step.ReplaceDialogAsync(DialogIds.Invitation, askPinAgain is null ? new JsonObject { ["retry"] = true } : new JsonObject { [PinForOption] = askPinAgain }, ct);
            }

            var journey = step.DialogContext.Journey();
            if (journey.AppointmentId != appointment.Id && !step.DialogContext.State().LanguageChosen)
            {
                // The appointment's language from the first message on (the client can still switch).
                step.DialogContext.State().Language = appointment.Language.ToCode();
                language = appointment.Language;
            }

            journey.AppointmentId = appointment.Id;
            journey.Parts = appointment.Parts;
            await step.Context.SendActivityAsync(Text(texts.Get(check.TextKey, language)), ct);
            return await step.EndDialogAsync(null, ct);
        },
    ];

    private static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormats.Plain };
}
