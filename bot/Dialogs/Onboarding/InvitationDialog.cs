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

    public InvitationDialog(ClientBinding binding, TextCatalog texts)
        : base(DialogIds.Invitation, Steps(binding, texts))
    {
    }

    private static WaterfallStep[] Steps(ClientBinding binding, TextCatalog texts) =>
    [
        async (step, ct) =>
        {
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
            var check = await binding.RedeemAsync(step.Result?.GetValue<string>(), conversationKey, userKey, ct);
            if (!check.Accepted || check.Appointment is not { } appointment)
            {
                var problem = texts.Format(check.TextKey, language, new Dictionary<string, string> { ["minutes"] = check.MinutesToWait.ToString(CultureInfo.InvariantCulture) });
                await step.Context.SendActivityAsync(Text(problem), ct);
                return await step.ReplaceDialogAsync(DialogIds.Invitation, new JsonObject { ["retry"] = true }, ct);
            }

            var journey = step.DialogContext.Journey();
            journey.AppointmentId = appointment.Id;
            journey.Parts = appointment.Parts;
            await step.Context.SendActivityAsync(Text(texts.Get(check.TextKey, language)), ct);
            return await step.EndDialogAsync(null, ct);
        },
    ];

    private static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormats.Plain };
}
