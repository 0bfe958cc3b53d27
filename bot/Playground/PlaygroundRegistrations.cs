using System.Globalization;
using System.Text.Json;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Cards.Professional;
using ReIntegratie.Bot.Registrations;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Registrations;
using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Bot.Playground;

/// <summary>
/// The professional panel's registration part (under /playground/api/appointments/{appointmentId}):
/// the Teams form to give the client a registration assignment, giving it (the form's submit data,
/// read and acted on by the bot's own <see cref="RegistrationAssigner"/>), and "send the next reminder
/// now". Like the rest of the panel it acts for <see cref="PlaygroundProfessional"/>, on that
/// professional's own appointments only: any other id is 404.
/// </summary>
public static class PlaygroundRegistrations
{
    /// <summary>Reminders run per press at most: an answered follow-up, then the next regular reminder, with room to spare.</summary>
    private const int MaxRunsPerPress = 4;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/appointments/{appointmentId}/registration-form", GetFormAsync);
        group.MapPost("/appointments/{appointmentId}/registrations", AssignAsync);
        group.MapPost("/appointments/{appointmentId}/reminders/run-next", RunNextReminderAsync);
    }

    /// <summary>
    /// The Teams form card. Its first day is today, not tomorrow as in Teams: in the playground the
    /// tester wants to answer a reminder now, and answers for a day that has not come yet are refused.
    /// </summary>
    private static async Task<IResult> GetFormAsync(
        string appointmentId, string? language, AppointmentService appointments, TextCatalog texts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var lang = PlaygroundEndpoints.LanguageOf(language);
        var appointment = await appointments.FindOwnedAsync(PlaygroundProfessional.Id, appointmentId, cancellationToken);
        if (appointment is null)
        {
            return Results.NotFound();
        }

        if (!appointment.CanBegin)
        {
            return Results.Conflict(new { problem = NotChangeable(appointment, texts, lang) });
        }

        var today = AmsterdamWallClock.DateOf(clock.GetUtcNow());
        return Results.Ok(new { card = RegistrationForm.Build(texts, lang, appointment.Id, appointment.ClientName, today) });
    }

    /// <summary>
    /// The form's submit data, exactly as the card posts it in Teams. 201 with the bot's confirmation
    /// (the client gets the explanation in their chat); 422 with the bot's answer when it refuses (the
    /// client has not started yet, a date in the past, no complaint, ...); 409 when the appointment
    /// can no longer get an assignment; 400 when the body is not a JSON object.
    /// </summary>
    private static async Task<IResult> AssignAsync(
        string appointmentId, string? language, HttpRequest request, AppointmentService appointments, RegistrationAssigner assigner, TextCatalog texts, CancellationToken cancellationToken)
    {
        var lang = PlaygroundEndpoints.LanguageOf(language);
        var appointment = await appointments.FindOwnedAsync(PlaygroundProfessional.Id, appointmentId, cancellationToken);
        if (appointment is null)
        {
            return Results.NotFound();
        }

        if (await PlaygroundEndpoints.ReadObjectAsync(request, cancellationToken) is not { } value)
        {
            return Results.BadRequest(new { problem = texts.Get("professional.notUnderstood", lang) });
        }

        if (!appointment.CanBegin)
        {
            return Results.Conflict(new { problem = NotChangeable(appointment, texts, lang) });
        }

        var outcome = await assigner.AssignAsync(appointment, value, cancellationToken);
        var answer = outcome.Reply(texts, lang, appointment.ClientName);
        if (outcome.ProblemTextKey is not null || outcome.Assignment is not { } assignment)
        {
            return Results.UnprocessableEntity(new { problem = answer });
        }

        return Results.Json(new
        {
            assignmentId = assignment.Id,
            registrationType = assignment.Type.ToString(),
            reminders = outcome.Reminders,
            confirmation = answer,
        }, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>
    /// "Send next reminder now": runs this appointment's earliest pending reminder now. A reminder whose
    /// question is already answered sends nothing (e.g. the follow-up of an answered reminder); it is
    /// run anyway, which is all that would happen at its time (and it plans the next one where
    /// reminders are planned one by one), and the next is tried, a few at most, so one press sends one
    /// open question. Reminders of a paused or stopped assignment are left alone, and so are other
    /// work and other appointments' reminders. Answers <c>{ ran: false }</c> when there was nothing to
    /// run, else the last reminder run: <c>{ ran, sent, workId, kind, plannedFor, handlerCalls, done }</c>,
    /// where <c>sent</c> says its question was open (so the handler sent it) and <c>done</c> that it completed.
    /// </summary>
    private static async Task<IResult> RunNextReminderAsync(
        string appointmentId, AppointmentService appointments, RegistrationStore registrations,
        WorkStore store, IWorkScheduler scheduler, IWorkDispatcher dispatcher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var appointment = await appointments.FindOwnedAsync(PlaygroundProfessional.Id, appointmentId, cancellationToken);
        if (appointment is null)
        {
            return Results.NotFound();
        }

        var shortcut = new ScheduledWorkShortcut(store, scheduler, dispatcher, clock);
        var filter = new ScheduledWorkShortcut.Filter(
            RegistrationScheduler.Kind, WorkIds.AppointmentPrefix(appointment.Id), (work, ct) => IsRemindingNowAsync(registrations, work, clock, ct));
        ScheduledWorkShortcut.Outcome? last = null;
        var sent = false;
        for (var run = 0; run < MaxRunsPerPress && !sent; run++)
        {
            if (await shortcut.RunEarliestAsync(filter, cancellationToken) is not { } outcome)
            {
                break;
            }

            last = outcome;
            sent = await StillToSendAsync(registrations, outcome.Payload, cancellationToken);
        }

        return last is null
            ? Results.Ok(new { ran = false })
            : Results.Ok(new { ran = true, sent, workId = last.WorkId, kind = last.Kind, plannedFor = last.PlannedFor, handlerCalls = last.HandlerCalls, done = last.Done });
    }

    private static ReminderPayload? PayloadOf(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<ReminderPayload>(payload, StorageJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether the reminder's assignment is reminding now (active, not paused); unreadable work is left to the handler to report.</summary>
    private static async Task<bool> IsRemindingNowAsync(RegistrationStore registrations, StoredWork work, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (PayloadOf(work.Payload) is not { } payload)
        {
            return true;
        }

        var assignment = await registrations.ReadAsync(payload.AppointmentId, payload.AssignmentId, cancellationToken);
        return assignment is { Status: RegistrationStatus.Active } && assignment.IsRemindingAt(clock.GetUtcNow());
    }

    /// <summary>Whether the reminder handler sends this reminder's question (the domain's own check): false once it is answered.</summary>
    private static async Task<bool> StillToSendAsync(RegistrationStore registrations, string workPayload, CancellationToken cancellationToken)
    {
        if (PayloadOf(workPayload) is not { } payload)
        {
            return false;
        }

        var assignment = await registrations.ReadAsync(payload.AppointmentId, payload.AssignmentId, cancellationToken);
        return assignment is not null && ReminderHandler.Find(assignment, payload.ReminderId) is { } reminder && ReminderSchedule.ShouldSend(assignment, reminder);
    }

    private static string NotChangeable(Appointment appointment, TextCatalog texts, Language language) =>
        texts.Format("professional.notChangeable", language, new Dictionary<string, string> { ["status"] = texts.Get(AppointmentTextKeys.Status(appointment.Status), language) });
}
