using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Cards.Professional;
using ReIntegratie.Bot.Cards.Summary;
using ReIntegratie.Bot.Channel.Auth;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Professional;
using ReIntegratie.Bot.Playground.DirectLine;
using ReIntegratie.Bot.Preparation;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Playground;

/// <summary>
/// The professional panel's API (/playground/api): the Teams form as a card, creating an appointment
/// for the playground professional, the summary card on request, the professional's conversation as the
/// bot delivered into it, "run scheduled work now", and the registration assignment with its "send next
/// reminder now" (<see cref="PlaygroundRegistrations"/>). Handlers are thin; the bot's own services act.
/// </summary>
public sealed class PlaygroundEndpoints(ConversationLogs logs)
{
    public const string Path = "/playground/api";

    public void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path).AddEndpointFilter<LoopbackOnlyFilter>();
        group.MapGet("/form", GetForm);
        group.MapPost("/appointments", CreateAppointmentAsync);
        group.MapGet("/appointments/{appointmentId}/summary", GetSummaryAsync);
        group.MapGet("/professional/activities", GetProfessionalActivities);
        group.MapPost("/scheduled-work/run-next", RunScheduledWorkAsync);
        PlaygroundRegistrations.Map(group);
    }

    private static IResult GetForm(string? language, TextCatalog texts) =>
        Results.Ok(new { card = AppointmentForm.Build(texts, LanguageOf(language), NewFormId()) });

    /// <summary>The form's submit data, exactly as the card posts it in Teams, read by the bot's own form reader.</summary>
    private async Task<IResult> CreateAppointmentAsync(
        string? language, HttpRequest request, AppointmentService appointments, TextCatalog texts, IOptions<ClientOptions> clientOptions,
        TrustedServiceUrls trustedServiceUrls, CancellationToken cancellationToken)
    {
        var lang = LanguageOf(language);
        if (await ReadObjectAsync(request, cancellationToken) is not { } value)
        {
            return Results.BadRequest(new { problem = texts.Get("professional.form.invalidDate", lang) });
        }

        var serviceUrl = DevConnectorEndpoints.ServiceUrlFor(request);
        trustedServiceUrls.LearnOwnDevelopmentConnector(serviceUrl);
        await new PlaygroundProfessional(appointments, logs).EnsureReachableAsync(serviceUrl, lang, cancellationToken);
        var form = AppointmentFormReader.Read(value);
        if (form.Request is not { } appointmentRequest)
        {
            var problem = texts.Get(form.ProblemTextKey!, lang);
            return Results.UnprocessableEntity(new { problem, card = AppointmentForm.Build(texts, lang, NewFormId(), form.Values, problem) });
        }

        var outcome = await appointments.CreateAsync(appointmentRequest, PlaygroundProfessional.Id, cancellationToken);
        if (outcome.Foreign)
        {
            return Results.Conflict(new { problem = texts.Get("professional.notYours", lang) });
        }

        if (outcome.Problem is { } refused)
        {
            var problem = AppointmentTextKeys.ProblemText(refused, texts, lang);
            return Results.UnprocessableEntity(new { problem, card = AppointmentForm.Build(texts, lang, appointmentRequest.FormId, form.Values, problem) });
        }

        var appointment = outcome.Appointment!;
        if (outcome.AlreadyCreated)
        {
            return Results.Ok(new { appointmentId = appointment.Id, clientName = appointment.ClientName, alreadyCreated = true });
        }

        var code = outcome.Code!.Formatted;
        return Results.Json(new
        {
            appointmentId = appointment.Id,
            clientName = appointment.ClientName,
            start = DateText.Format(appointment.Start, lang),
            code,
            expires = DateText.Format(outcome.CodeExpiresAt!.Value, lang),
            link = clientOptions.Value.InvitationLink(code, appointment.Language),
            language = appointment.Language.ToCode(),
            alreadyCreated = false,
        }, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>"Refresh summary": the card as the bot builds it now, for the playground professional's own appointment only.</summary>
    private static async Task<IResult> GetSummaryAsync(
        string appointmentId, string? language, AppointmentService appointments, PreparationService preparation, SummaryCards summaries, CancellationToken cancellationToken)
    {
        var appointment = await appointments.FindOwnedAsync(PlaygroundProfessional.Id, appointmentId, cancellationToken);
        if (appointment is null)
        {
            return Results.NotFound();
        }

        JsonObject card = summaries.Build(await preparation.ViewAsync(appointment, cancellationToken), LanguageOf(language));
        return Results.Ok(new { card });
    }

    private IResult GetProfessionalActivities(string? watermark) =>
        Results.Text(PlaygroundProfessional.ConversationIn(logs).ReadAfter(watermark), "application/json; charset=utf-8");

    private static async Task<IResult> RunScheduledWorkAsync(
        WorkStore store, IWorkScheduler scheduler, IWorkDispatcher dispatcher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var outcome = await new ScheduledWorkShortcut(store, scheduler, dispatcher, clock).RunEarliestAsync(cancellationToken);
        return outcome is null
            ? Results.Ok(new { ran = false })
            : Results.Ok(new { ran = true, workId = outcome.WorkId, kind = outcome.Kind, plannedFor = outcome.PlannedFor, handlerCalls = outcome.HandlerCalls, done = outcome.Done });
    }

    internal static Language LanguageOf(string? code) => LanguageCodes.TryParse(code, out var language) ? language : Language.Dutch;

    /// <summary>The body as a JSON object (a card's submit data), or null when it is not one.</summary>
    internal static async Task<JsonElement?> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return body.RootElement.ValueKind == JsonValueKind.Object ? body.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string NewFormId() => Guid.NewGuid().ToString("N");
}
