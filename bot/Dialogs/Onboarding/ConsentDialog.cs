using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;
using ReIntegratie.Bot.Dialogs.Preparation;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Onboarding;

/// <summary>
/// Explains what this is (preparing together, not an assessment of benefits, voluntary, who sees
/// what, the organisation's own policy) and asks consent. Without consent nothing is kept but the
/// refusal, and the client is told how to reach the professional instead. Ends with true or false.
/// </summary>
public sealed class ConsentDialog : WaterfallDialog
{
    public ConsentDialog(TextCatalog texts, IOptions<ClientOptions> options, IOptions<RetentionOptions> retention)
        : base(DialogIds.Consent, Steps(texts, options.Value, retention.Value))
    {
    }

    private static WaterfallStep[] Steps(TextCatalog texts, ClientOptions options, RetentionOptions retention) =>
    [
        async (step, ct) =>
        {
            var language = step.DialogContext.Language();
            var policy = options.PolicyStatement(language) ?? texts.Get("journey.intro.policy", language);
            var explanation = string.Join("\n\n", texts.Get("journey.intro.framing", language), texts.Get("journey.intro.whoSees", language) + " " + retention.DataGoes(texts, language), policy);
            var yes = texts.Get("journey.consent.yes", language);
            var no = texts.Get("journey.consent.no", language);
            var question = texts.Get("journey.consent.question", language);
            Activity prompt;
            if (ChannelCapabilities.SupportsAdaptiveCards(step.Context.Activity.ChannelId))
            {
                prompt = AdaptiveCard.Question(AdaptiveCard.Card(
                    [.. LanguageChoiceCard.Elements(texts, language), AdaptiveCard.TextBlock(explanation), AdaptiveCard.TextBlock(question, bold: true)],
                    [AdaptiveCard.Submit(yes, new JsonObject { ["answer"] = "true" }), AdaptiveCard.Submit(no, new JsonObject { ["answer"] = "false" })]),
                    question, step.Context.Activity.ChannelId);
            }
            else
            {
                prompt = new Activity { Type = ActivityTypes.Message, Text = $"{explanation}\n\n**{question}**\n1. {yes}\n2. {no}" };
            }

            return await step.PromptAsync(DialogIds.ConfirmPrompt, new PromptOptions
            {
                Id = DialogIds.Consent,
                Prompt = prompt,
                RetryPrompt = new Activity { Type = ActivityTypes.Message, Text = texts.Get("journey.retry.yesNo", language) },
                Choices = [new Choice { Value = "true", Title = yes }, new Choice { Value = "false", Title = no }],
            }, ct);
        },
        async (step, ct) =>
        {
            var language = step.DialogContext.Language();
            var journey = step.DialogContext.Journey();
            var given = step.Result?.GetValue<bool>() == true || step.Result?.ToJsonString() == "true";
            if (!given)
            {
                journey.ForgetAnswers();
                journey.Consent = ConsentStatus.Refused;
                await step.Context.SendActivityAsync(texts.Get("journey.consent.refused", language), ct);
                return await step.EndDialogAsync(JsonValue.Create(false), ct);
            }

            journey.Consent = ConsentStatus.Given;
            if (journey.AppointmentId is { } appointmentId)
            {
                step.DialogContext.AddEffect(ConversationEffectKind.BeginPreparation, appointmentId);
            }

            await step.Context.SendActivityAsync(texts.Get("journey.consent.given", language), ct);
            if (!journey.HasPin)
            {
                await step.Context.SendActivityAsync(PinChoice.Offer(texts, language, step.Context.Activity.ChannelId), ct);
            }

            return await step.EndDialogAsync(JsonValue.Create(true), ct);
        },
    ];
}
