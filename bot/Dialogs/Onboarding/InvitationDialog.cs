using System.Globalization;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;
using ReIntegratie.Bot.Dialogs.Preparation;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Onboarding;

/// <summary>
/// Asks for the invitation code (or takes it from the first activity) until one redeems. Every wrong
/// code gets a friendly explanation; too many wrong tries are refused for a while.
/// </summary>
public sealed class InvitationDialog : WaterfallDialog
{
    public const string CodeOption = "code";

    public InvitationDialog(InvitationRedeemer redeemer, TextCatalog texts)
        : base(DialogIds.Invitation, Steps(redeemer, texts))
    {
    }

    private static WaterfallStep[] Steps(InvitationRedeemer redeemer, TextCatalog texts) =>
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
            var conversationKey = ConversationStateStore.Key(activity.ChannelId!, activity.Conversation!.Id!);
            var check = await redeemer.RedeemAsync(step.Result?.GetValue<string>(), conversationKey, step.DialogContext.Journey(), ct);
            if (!check.Accepted)
            {
                var problem = texts.Format(check.TextKey, language, new Dictionary<string, string> { ["minutes"] = check.MinutesToWait.ToString(CultureInfo.InvariantCulture) });
                await step.Context.SendActivityAsync(Text(problem), ct);
                return await step.ReplaceDialogAsync(DialogIds.Invitation, new JsonObject { ["retry"] = true }, ct);
            }

            await step.Context.SendActivityAsync(Text(texts.Get(check.TextKey, language)), ct);
            return await step.EndDialogAsync(null, ct);
        },
    ];

    private static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormats.Plain };
}
