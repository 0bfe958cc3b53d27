using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Cards.Professional;
using ReIntegratie.Bot.Cards.Summary;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Preparation;
using ReIntegratie.Bot.Preparation;
using ReIntegratie.Bot.Registrations;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Professional;

/// <summary>
/// A professional in Teams: greeted on install (their conversation reference is kept for proactive
/// summaries), creates appointments with a card form, lists them, opens and refreshes summaries,
/// issues or withdraws codes, cancels, deletes a client's data. Every appointment action first checks
/// that the appointment belongs to the professional asking.
/// </summary>
public sealed class ProfessionalConversation(
    AppointmentService appointments,
    PreparationService preparation,
    SummaryCards summaries,
    RegistrationAssigner assigner,
    TimeProvider clock,
    CommandCatalog commands,
    TextCatalog texts,
    IOptions<ProfessionalOptions> professionals,
    IOptions<ClientOptions> clientOptions,
    JourneyProgress journey)
{
    public async Task HandleAsync(TurnContext turn, ConversationState state, string professionalId, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var language = LanguageCodes.TryParse(state.Language, out var chosen) ? chosen : LanguageCodes.FromLocale(activity.Locale);
        state.Language = language.ToCode();
        await appointments.RememberProfessionalAsync(professionalId, activity.GetConversationReference(), cancellationToken);

        if (activity.IsType(ActivityTypes.InstallationUpdate) && activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true)
        {
            await appointments.ForgetProfessionalAsync(professionalId, cancellationToken);
            return;
        }

        if (IsArrival(activity))
        {
            if (!state.Welcomed)
            {
                state.Welcomed = true;
                await turn.SendActivityAsync(Text(texts.Get("professional.welcome", language)), cancellationToken);
                await turn.SendActivityAsync(Menu(language), cancellationToken);
            }

            return;
        }

        if (activity.IsType(ActivityTypes.Invoke))
        {
            turn.InvokeResponse = await InvokeAsync(activity, professionalId, language, cancellationToken);
            return;
        }

        if (!activity.IsType(ActivityTypes.Message))
        {
            return;
        }

        if (activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String)
        {
            await ActAsync(turn, action.GetString()!, value, professionalId, language, cancellationToken);
            return;
        }

        switch (commands.Recognize(activity.Text))
        {
            case CommandNames.NewAppointment:
                await turn.SendActivityAsync(AdaptiveCard.Message(AppointmentForm.Build(texts, language, NewFormId())), cancellationToken);
                break;
            case CommandNames.MyAppointments:
                await SendListAsync(turn, professionalId, language, cancellationToken);
                break;
            case CommandNames.Help:
                await turn.SendActivityAsync(Text(texts.Get("professional.help", language)), cancellationToken);
                await turn.SendActivityAsync(Menu(language), cancellationToken);
                break;
            default:
                await turn.SendActivityAsync(Text(texts.Get("professional.notUnderstood", language)), cancellationToken);
                break;
        }
    }

    private async Task ActAsync(TurnContext turn, string action, JsonElement value, string professionalId, Language language, CancellationToken cancellationToken)
    {
        if (action == ProfessionalActions.CreateAppointment)
        {
            await CreateAsync(turn, value, professionalId, language, cancellationToken);
            return;
        }

        var appointmentId = value.TryGetProperty("appointmentId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        var appointment = await appointments.FindOwnedAsync(professionalId, appointmentId, cancellationToken);
        if (appointment is null || !ProfessionalActions.All.Contains(action))
        {
            await turn.SendActivityAsync(Text(texts.Get(appointment is null ? "professional.notYours" : "professional.notUnderstood", language)), cancellationToken);
            return;
        }

        var name = new Dictionary<string, string> { ["name"] = CardText.Escape(appointment.ClientName) };
        switch (action)
        {
            case ProfessionalActions.OpenSummary or ProfessionalActions.Refresh:
                await turn.SendActivityAsync(AdaptiveCard.Message(summaries.Build(await preparation.ViewAsync(appointment, cancellationToken), language)), cancellationToken);
                break;
            case ProfessionalActions.OpenRegistrations:
                var view = await preparation.ViewAsync(appointment, cancellationToken);
                await turn.SendActivityAsync(
                    summaries.BuildRegistrations(view, language) is { } registrations
                        ? AdaptiveCard.Message(registrations)
                        : Text(texts.Format("professional.registrations.none", language, name)),
                    cancellationToken);
                break;
            case ProfessionalActions.ResendInvitation when appointment.CanBegin:
                var (code, expiresAt) = await appointments.NewInvitationAsync(appointment, cancellationToken);
                await SendInvitationAsync(turn, appointment, code, expiresAt, language, cancellationToken);
                break;
            case ProfessionalActions.RevokeInvitation:
                await appointments.RevokeInvitationAsync(appointment, cancellationToken);
                await turn.SendActivityAsync(Text(texts.Format("professional.revoked", language, name)), cancellationToken);
                break;
            case ProfessionalActions.CancelAppointment when appointment.CanCancel && appointment.Status != AppointmentStatus.Cancelled:
                await appointments.CancelAsync(appointment, cancellationToken);
                await turn.SendActivityAsync(Text(texts.Format("professional.cancelled", language, name)), cancellationToken);
                break;
            case ProfessionalActions.DeleteClientData:
                await turn.SendActivityAsync(AdaptiveCard.Message(ConfirmDeleteCard.Build(texts, language, appointment.Id, appointment.ClientName)), cancellationToken);
                break;
            case ProfessionalActions.DeleteConfirmed:
                await appointments.DeleteClientDataAsync(appointment.Id, cancellationToken);
                await turn.SendActivityAsync(Text(texts.Format("professional.deleted", language, name)), cancellationToken);
                break;
            case ProfessionalActions.RegistrationForm when appointment.CanBegin:
                var tomorrow = Domain.Schedule.AmsterdamWallClock.DateOf(clock.GetUtcNow()).AddDays(1);
                await turn.SendActivityAsync(AdaptiveCard.Message(RegistrationForm.Build(texts, language, appointment.Id, appointment.ClientName, tomorrow)), cancellationToken);
                break;
            case ProfessionalActions.AssignRegistration when appointment.CanBegin:
                var outcome = await assigner.AssignAsync(appointment, value, cancellationToken);
                await turn.SendActivityAsync(Text(outcome.Reply(texts, language, CardText.Escape(appointment.ClientName))), cancellationToken);
                break;
            case ProfessionalActions.DeleteKept:
                await turn.SendActivityAsync(Text(texts.Get("professional.deleteKept", language)), cancellationToken);
                break;
            default:
                var status = texts.Get(AppointmentTextKeys.Status(appointment.Status), language);
                await turn.SendActivityAsync(Text(texts.Format("professional.notChangeable", language, new Dictionary<string, string> { ["status"] = status })), cancellationToken);
                break;
        }
    }

    private async Task CreateAsync(TurnContext turn, JsonElement value, string professionalId, Language language, CancellationToken cancellationToken)
    {
        var form = AppointmentFormReader.Read(value);
        if (form.Request is not { } request)
        {
            await turn.SendActivityAsync(AdaptiveCard.Message(AppointmentForm.Build(texts, language, NewFormId(), form.Values, texts.Get(form.ProblemTextKey!, language))), cancellationToken);
            return;
        }

        var outcome = await appointments.CreateAsync(request, professionalId, cancellationToken);
        if (outcome.Foreign)
        {
            await turn.SendActivityAsync(Text(texts.Get("professional.notYours", language)), cancellationToken);
        }
        else if (outcome.Problem is { } problem)
        {
            var text = AppointmentTextKeys.ProblemText(problem, texts, language);
            await turn.SendActivityAsync(AdaptiveCard.Message(AppointmentForm.Build(texts, language, request.FormId, form.Values, text)), cancellationToken);
        }
        else if (outcome.AlreadyCreated)
        {
            await SendListAsync(turn, professionalId, language, cancellationToken);
        }
        else
        {
            await SendInvitationAsync(turn, outcome.Appointment!, outcome.Code!, outcome.CodeExpiresAt!.Value, language, cancellationToken);
        }
    }

    private async Task SendInvitationAsync(TurnContext turn, Appointment appointment, InvitationCode code, DateTimeOffset expiresAt, Language language, CancellationToken cancellationToken)
    {
        var link = clientOptions.Value.InvitationLink(code.Formatted, appointment.Language);
        var values = new Dictionary<string, string>
        {
            ["name"] = CardText.Escape(appointment.ClientName),
            ["start"] = DateText.Format(appointment.Start, language),
            ["code"] = code.Formatted,
            ["expiry"] = DateText.Format(expiresAt, language),
            ["link"] = link,
        };
        await turn.SendActivityAsync(Text(texts.Format("professional.created", language, values)), cancellationToken);

        // The message for the client is in the client's language, ready to forward.
        var clientValues = new Dictionary<string, string>(values)
        {
            ["name"] = appointment.ClientName,
            ["start"] = DateText.Format(appointment.Start, appointment.Language),
            ["expiry"] = DateText.Format(expiresAt, appointment.Language),
            // The client prepares in Web Chat (cards), through the parts the professional chose.
            ["minutes"] = journey.WholeJourneyMinutes(appointment.Parts, appointment.Language, cards: true).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, TextFormat = TextFormats.Plain, Text = texts.Format("professional.invitationMessage", appointment.Language, clientValues) }, cancellationToken);
    }

    private async Task SendListAsync(TurnContext turn, string professionalId, Language language, CancellationToken cancellationToken)
    {
        var list = new List<(Appointment, string)>();
        foreach (var appointment in await appointments.UpcomingAsync(professionalId, cancellationToken))
        {
            list.Add((appointment, await preparation.StatusTextAsync(appointment, language, cancellationToken)));
        }

        await turn.SendActivityAsync(AdaptiveCard.Message(AppointmentListCard.Build(texts, language, list)), cancellationToken);
    }

    private async Task<InvokeResponse> InvokeAsync(Activity activity, string professionalId, Language language, CancellationToken cancellationToken)
    {
        var verb = activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("action", out var action) &&
                   action.ValueKind == JsonValueKind.Object && action.TryGetProperty("verb", out var v) ? v.GetString() : null;
        var appointmentId = activity.Value is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("action", out var a) &&
                            a.ValueKind == JsonValueKind.Object && a.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object &&
                            data.TryGetProperty("appointmentId", out var idElement) && idElement.ValueKind == JsonValueKind.String
            ? idElement.GetString()
            : null;
        if (activity.Name != "adaptiveCard/action" || verb != ProfessionalActions.Refresh)
        {
            return Message(texts.Get("professional.notUnderstood", language));
        }

        var appointment = await appointments.FindOwnedAsync(professionalId, appointmentId, cancellationToken);
        if (appointment is null)
        {
            return Message(texts.Get("professional.notYours", language));
        }

        var card = summaries.Build(await preparation.ViewAsync(appointment, cancellationToken), language);
        return new InvokeResponse(200, new JsonObject { ["statusCode"] = 200, ["type"] = Attachment.AdaptiveCardContentType, ["value"] = card });
    }

    private Activity Menu(Language language) => AdaptiveCard.Message(AdaptiveCard.Card([],
    [
        AdaptiveCard.Submit(texts.Get("professional.button.newAppointment", language), new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = CommandWord(CommandNames.NewAppointment, language) } }, withInputs: false),
        AdaptiveCard.Submit(texts.Get("professional.button.myAppointments", language), new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = CommandWord(CommandNames.MyAppointments, language) } }, withInputs: false),
    ]));

    private string CommandWord(string command, Language language) => commands.Commands[command][language.ToCode()][0];

    private static InvokeResponse Message(string text) =>
        new(200, new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = text });

    private static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormats.Markdown };

    private static string NewFormId() => Guid.NewGuid().ToString("N");

    private static bool IsArrival(Activity activity) =>
        (activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersAdded is { Count: > 0 }) ||
        (activity.IsType(ActivityTypes.InstallationUpdate) && activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>Whether an activity asks for something only a professional may do (to refuse it politely).</summary>
    public bool IsProfessionalRequest(Activity activity) =>
        activity.IsType(ActivityTypes.Invoke) ||
        commands.Recognize(activity.Text) is CommandNames.NewAppointment or CommandNames.MyAppointments ||
        (activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("action", out var action) &&
         action.ValueKind == JsonValueKind.String && ProfessionalActions.All.Contains(action.GetString()!));

    public ProfessionalOptions Options => professionals.Value;
}
