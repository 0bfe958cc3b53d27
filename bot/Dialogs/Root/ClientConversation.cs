using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;
using ReIntegratie.Bot.Dialogs.Onboarding;
using ReIntegratie.Bot.Dialogs.Preparation;
using ReIntegratie.Bot.Dialogs.Registrations;
using ReIntegratie.Bot.Dialogs.Review;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Dialogs.Root;

/// <summary>
/// A client's conversation: greets once, runs the journey's dialog stack, and handles the global
/// commands (help, pause, back, skip, start over, language, what did I fill in, my data, delete my
/// data) at any moment, typed in either language or pressed on a card.
/// </summary>
public sealed class ClientConversation(
    ClientDialogSet dialogs,
    PreparationContent content,
    CommandCatalog commands,
    AnswersOverview overview,
    Dialogs.Registrations.RegistrationConversation registrations,
    IOptions<RetentionOptions> retention) : IConversationHandler
{
    private const string RatherTell = "ratherTell";
    private TextCatalog Texts => content.Texts;

    public async Task HandleAsync(TurnContext turnContext, ConversationState state, CancellationToken cancellationToken)
    {
        await HandleTurnAsync(turnContext, state, cancellationToken);
        ReplyLocale.Apply(turnContext, state.Language);
    }

    private async Task HandleTurnAsync(TurnContext turnContext, ConversationState state, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!LanguageCodes.TryParse(state.Language, out _))
        {
            state.Language = LanguageCodes.FromLocale(activity.Locale).ToCode();
        }

        if (state.CutOff is { } reason && activity.IsType(ActivityTypes.Message))
        {
            // Told once; from here on this is a new conversation that can take a code again.
            state.CutOff = null;
            await turnContext.SendActivityAsync(Texts.Get(CutOffTextKey(reason), LanguageCodes.TryParse(state.Language, out var spoken) ? spoken : Language.Dutch), cancellationToken);
            return;
        }

        if (await registrations.TryHandleAsync(turnContext, state, cancellationToken))
        {
            return;
        }

        var dc = new DialogContext(dialogs.Dialogs, turnContext, state.DialogStack, new TurnServices().Set(state));
        if (IsArrival(activity))
        {
            if (!state.Welcomed)
            {
                state.Welcomed = true;
                await turnContext.SendActivityAsync(Texts.Get("bot.welcome", dc.Language()), cancellationToken);
                await BeginJourneyAsync(dc, CodeFrom(activity), cancellationToken);
            }

            return;
        }

        if (activity.IsType(ActivityTypes.Invoke))
        {
            turnContext.InvokeResponse = new InvokeResponse(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = Texts.Get("bot.notUnderstood", dc.Language()) });
            return;
        }

        if (activity.IsType(ActivityTypes.Event))
        {
            if (CodeFrom(activity) is { } eventCode && state.Client?.AppointmentId is null && dc.Stack.Count == 0)
            {
                await BeginJourneyAsync(dc, eventCode, cancellationToken);
            }

            return;
        }

        if (!activity.IsType(ActivityTypes.Message))
        {
            return;
        }

        if (state.Client is { Consent: ConsentStatus.Given, AppointmentId: not null } && PinChoice.Submitted(activity) is { } pin)
        {
            await PinChoice.ChooseAsync(dc, Texts, pin, cancellationToken);
            if (!ChannelCapabilities.SupportsAdaptiveCards(activity.ChannelId))
            {
                await dc.RepromptDialogAsync(cancellationToken);
            }

            return;
        }

        if (state.Client is { Paused: true } paused)
        {
            paused.Paused = false;
            await WelcomeBackAsync(dc, cancellationToken);
            return;
        }

        if (CommandOf(activity, dc) is { } command)
        {
            await HandleCommandAsync(dc, command, cancellationToken);
            return;
        }

        if (EarlierCard.IsPressed(dc))
        {
            await HandleEarlierCardAsync(dc, cancellationToken);
            return;
        }

        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            await BeginJourneyAsync(dc, CodeFrom(activity) ?? activity.Text, cancellationToken);
        }
    }

    private static Task BeginJourneyAsync(DialogContext dc, string? code, CancellationToken cancellationToken)
    {
        var options = code is not null && InvitationCode.TryParse(code, out _)
            ? new JsonObject { [InvitationDialog.CodeOption] = code }
            : null;
        return dc.BeginDialogAsync(DialogIds.Client, options, cancellationToken);
    }

    private async Task HandleCommandAsync(DialogContext dc, string command, CancellationToken cancellationToken)
    {
        var language = dc.Language();
        var journey = dc.State().Client;
        var inPreparation = TruncateTo(dc, DialogIds.Preparation, dryRun: true);
        switch (command)
        {
            case CommandNames.Help:
                await dc.Context.SendActivityAsync(Texts.Get(journey?.AppointmentId is null ? "bot.help" : "journey.help", language), cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                return;

            case CommandNames.Pause when journey is not null:
                journey.Paused = true;
                await dc.Context.SendActivityAsync(Texts.Get(journey.HasPin ? "journey.pause.withPin" : "journey.pause", language), cancellationToken);
                return;

            case CommandNames.Back when inPreparation:
                TruncateTo(dc, DialogIds.Preparation);
                await dialogs.Preparation.BackAsync(dc, cancellationToken);
                return;

            case CommandNames.Skip when inPreparation:
                TruncateTo(dc, DialogIds.Preparation);
                await dialogs.Preparation.SkipAsync(dc, cancellationToken);
                return;

            case RatherTell when inPreparation:
                TruncateTo(dc, DialogIds.Preparation);
                await dialogs.Preparation.RatherTellAsync(dc, cancellationToken);
                return;

            case CommandNames.StartOver when journey?.Consent == ConsentStatus.Given:
                await dc.BeginDialogAsync(DialogIds.StartOver, null, cancellationToken);
                return;

            case CommandNames.Language:
                dc.State().Language = ChosenLanguage(LanguageAsked(dc.Context.Activity), language).ToCode();
                dc.State().LanguageChosen = true;
                await dc.Context.SendActivityAsync(Texts.Get("journey.language.switched", dc.Language()), cancellationToken);
                if (inPreparation)
                {
                    TruncateTo(dc, DialogIds.Preparation);
                    await dialogs.Preparation.AskAgainAsync(dc, cancellationToken);
                }
                else if (TruncateTo(dc, DialogIds.Consent, dryRun: true))
                {
                    // The consent card is built anew: its stored copy is in the other language.
                    TruncateTo(dc, DialogIds.Consent);
                    await dc.ReplaceDialogAsync(DialogIds.Consent, null, cancellationToken);
                }
                else
                {
                    await dc.RepromptDialogAsync(cancellationToken);
                }

                return;

            case CommandNames.ShowAnswers when journey is not null:
                await dc.Context.SendActivityAsync(Texts.Get("journey.answers.header", language) + "\n" + overview.Describe(journey, language), cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                return;

            case CommandNames.MyData when journey is not null:
                var count = AnswersOverview.Count(journey.Answers).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await dc.Context.SendActivityAsync(Texts.Format("journey.myData", language, new Dictionary<string, string> { ["count"] = count, ["dataGoes"] = retention.Value.DataGoes(Texts, language) }), cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                return;

            case CommandNames.DeleteMyData when journey is not null:
                await dc.BeginDialogAsync(DialogIds.DeleteMyData, null, cancellationToken);
                return;

            default:
                await dc.Context.SendActivityAsync(Texts.Get(journey is null ? "bot.help" : "journey.notNow", language), cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                return;
        }
    }

    /// <summary>A button of a card sent before: may change that earlier answer, never answers the open question.</summary>
    private async Task HandleEarlierCardAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var changed = dc.State().Client is not null && CardSubmits.PromptIdOf(dc.Context.Activity) is { } promptId &&
            await dialogs.Preparation.ChangeEarlierAnswerAsync(dc, promptId, cancellationToken);
        if (!changed)
        {
            await dc.Context.SendActivityAsync(Texts.Get("journey.alreadyAnswered", dc.Language()), cancellationToken);
        }

        if (dc.Stack is [.., { Id: DialogIds.Preparation }, _])
        {
            // Asked afresh: a changed answer can change which question comes now.
            TruncateTo(dc, DialogIds.Preparation);
            await dialogs.Preparation.AskAgainAsync(dc, cancellationToken);
        }
        else if (dc.Stack.Count == 0)
        {
            await BeginJourneyAsync(dc, null, cancellationToken);
        }
        else
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }

    private async Task WelcomeBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // No count of its own here: the question asked next carries the journey's progress line.
        await dc.Context.SendActivityAsync(Texts.Get("journey.welcomeBack", dc.Language()), cancellationToken);
        if (dc.Stack.Count == 0)
        {
            await BeginJourneyAsync(dc, null, cancellationToken);
        }
        else if (TruncateTo(dc, DialogIds.Preparation, dryRun: true))
        {
            TruncateTo(dc, DialogIds.Preparation);
            await dialogs.Preparation.AskAgainAsync(dc, cancellationToken);
        }
        else
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }

    /// <summary>A global command: typed (whole message) or a card button's "action".</summary>
    private string? CommandOf(Activity activity, DialogContext dc)
    {
        if (activity.Value is { ValueKind: JsonValueKind.Object } value &&
            value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String)
        {
            return action.GetString() switch
            {
                "skip" => CommandNames.Skip,
                "back" => CommandNames.Back,
                StepPrompts.PauseAction => CommandNames.Pause,
                RatherTell => RatherTell,
                LanguageChoiceCard.Action => CommandNames.Language,
                _ => null,
            };
        }

        if (commands.Recognize(activity.Text) is { } typed)
        {
            return typed;
        }

        return content.Cards.RatherTell.Matches(activity.Text) && dc.State().Client?.CurrentStep?.StartsWith("q:", StringComparison.Ordinal) == true
            ? RatherTell
            : null;
    }

    /// <summary>Pops what is above the named dialog (its open prompt), so it can act directly. Dry run: only tells whether it is on the stack.</summary>
    private static bool TruncateTo(DialogContext dc, string dialogId, bool dryRun = false)
    {
        var index = dc.Stack.FindLastIndex(instance => instance.Id == dialogId);
        if (index < 0)
        {
            return false;
        }

        if (!dryRun)
        {
            dc.Stack.RemoveRange(index + 1, dc.Stack.Count - index - 1);
        }

        return true;
    }

    private static Language ChosenLanguage(string? text, Language current) => TextMatching.Normalize(text) switch
    {
        "english" or "engels" => Language.English,
        "nederlands" or "dutch" => Language.Dutch,
        _ => current == Language.Dutch ? Language.English : Language.Dutch,
    };

    /// <summary>The typed command's text, or the language code a language button carries.</summary>
    private static string? LanguageAsked(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("language", out var code) && code.ValueKind == JsonValueKind.String
            ? code.GetString() switch { "en" => "english", "nl" => "nederlands", _ => null }
            : activity.Text;

    private static string? CodeFrom(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
            ? code.GetString()
            : null;

    private static string CutOffTextKey(CutOffReason reason) => reason switch
    {
        CutOffReason.Cancelled => "journey.cutOff.cancelled",
        CutOffReason.CodeWithdrawn => "journey.cutOff.withdrawn",
        CutOffReason.ContinuedElsewhere => "journey.cutOff.continuedElsewhere",
        _ => "journey.cutOff.replaced",
    };

    private static bool IsArrival(Activity activity) =>
        (activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersAdded is { Count: > 0 }) ||
        (activity.IsType(ActivityTypes.InstallationUpdate) && activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true);
}
